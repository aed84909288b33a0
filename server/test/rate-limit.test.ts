// Rate limits of the reference server: a token bucket per viewer, and per client address for
// requests without a valid token; 429 rate_limited with Retry-After; configured from the
// environment, with an off switch. The clock is injected: nothing here waits for real time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { createApp, type App } from '../src/app.js';
import type { Claims } from '../../src/backend/context.js';
import {
  limitSharingFromEnv,
  rateLimitFromEnv,
  TokenBuckets,
  type RateLimitOptions,
} from '../src/rate-limit.js';
import { otherProcess, PEOPLE, startServer, target, type TestServer } from './support/server.js';

let server: TestServer;
let now = Date.parse('2026-03-02T10:00:00.000Z');
let anna: string;
let julien: string;

const get = (path: string, init: { token?: string; from?: string } = {}) =>
  server.fetch(`/api/v1${path}`, {
    token: init.token,
    headers: init.from ? { 'X-Forwarded-For': `10.0.0.9, ${init.from}` } : {},
  });

describe(`rate limits on ${target}`, () => {
  before(async () => {
    server = await startServer({
      corsOrigins: ['https://shop.example'],
      rateLimit: {
        perMinute: 6,
        burst: 3,
        ipPerMinute: 6,
        ipBurst: 2,
        trustProxy: true,
        now: () => now,
      },
    });
    anna = await server.token(PEOPLE.anna);
    julien = await server.token(PEOPLE.julien);
  });
  after(async () => {
    await server.close();
  });

  it('answers 429 rate_limited with Retry-After once a viewer has used the burst, then refills', async () => {
    for (let index = 0; index < 3; index++) {
      assert.equal((await get('/me', { token: anna })).status, 200, `request ${index + 1}`);
    }
    const limited = await get('/me', { token: anna });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Content-Type'), 'application/problem+json');
    // 6 a minute: the next token comes in 10 s.
    assert.equal(limited.headers.get('Retry-After'), '10');
    const problem = (await limited.json()) as { code: string; retryAfter: number; status: number };
    assert.equal(problem.code, 'rate_limited');
    assert.equal(problem.status, 429);
    assert.equal(problem.retryAfter, 10);
    // Another viewer has a bucket of their own.
    assert.equal((await get('/me', { token: julien })).status, 200);
    now += 9_000;
    assert.equal((await get('/me', { token: anna })).status, 429);
    now += 1_000;
    assert.equal((await get('/me', { token: anna })).status, 200);
    assert.equal((await get('/me', { token: anna })).status, 429);
  });

  it('limits requests without a valid token per client address', async () => {
    const photo = '/attachments/a-001/content';
    assert.equal((await get(photo, { from: '192.0.2.1' })).status, 200);
    assert.equal((await get(photo, { from: '192.0.2.1' })).status, 200);
    const limited = await get(photo, { from: '192.0.2.1' });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '10');
    // A forged token counts against the address, not against the person it names.
    assert.equal((await get('/me', { token: 'forged.token.x', from: '192.0.2.1' })).status, 429);
    assert.equal((await get(photo, { from: '192.0.2.2' })).status, 200);
    // The limit does not touch a signed-in viewer from that address.
    assert.equal((await get('/me', { token: julien, from: '192.0.2.1' })).status, 200);
  });

  it('verifies a token once per request, not again in the backend', async () => {
    let verified = 0;
    const { fetch } = createApp({
      db: server.db,
      logger: pino({ level: 'silent' }),
      verify: (token) => {
        verified++;
        return Promise.resolve(token === 'good' ? { role: 'buyer', id: 'b-lucia' } : null);
      },
      rateLimit: { perMinute: 60, burst: 10, ipPerMinute: 60, ipBurst: 10 },
    });
    const response = await fetch(
      new Request('http://localhost/api/v1/me', { headers: { Authorization: 'Bearer good' } }),
    );
    assert.equal(response.status, 200);
    assert.equal(verified, 1);
    const refused = await fetch(
      new Request('http://localhost/api/v1/me', { headers: { Authorization: 'Bearer bad' } }),
    );
    assert.equal(refused.status, 401);
    assert.equal(verified, 2);
  });

  it('answers 429 with the CORS headers, so a page of an allowed origin can read it', async () => {
    const token = await server.token({ role: 'buyer', id: 'b-cors' });
    const fetchMe = () =>
      server.fetch('/api/v1/me', { token, headers: { Origin: 'https://shop.example' } });
    for (let index = 0; index < 3; index++) assert.notEqual((await fetchMe()).status, 429);
    const limited = await fetchMe();
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    assert.match(limited.headers.get('Access-Control-Expose-Headers')!, /Retry-After/);
    assert.match(limited.headers.get('Vary')!, /Origin/);
  });

  it('answers preflights without counting them', async () => {
    for (let index = 0; index < 5; index++) {
      const response = await server.fetch('/api/v1/me', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://shop.example',
          'Access-Control-Request-Method': 'GET',
          'X-Forwarded-For': '192.0.2.3',
        },
      });
      assert.notEqual(response.status, 429);
    }
  });
});

describe(`rate limits shared by the processes on one database (${target})`, () => {
  let first: TestServer;
  let second: App;
  let secondDb: Awaited<ReturnType<typeof otherProcess>>;
  let clock = Date.parse('2026-03-02T10:00:00.000Z');
  /** When set, the second process's database fails every statement (it is away). */
  let secondDatabaseAway = false;
  const warnings: string[] = [];
  const limits: RateLimitOptions = {
    perMinute: 6,
    burst: 3,
    ipPerMinute: 6,
    ipBurst: 2,
    trustProxy: true,
    now: () => clock,
  };
  // An hour between exchanges: the tests exchange by hand, nothing waits for the timer.
  const shareLimitsSeconds = 3600;
  /** The first process's tokens (signed); the second process knows these names for the same people. */
  const people: Record<string, Claims> = {
    lea: { role: 'buyer', id: 'b-lea' },
    max: { role: 'buyer', id: 'b-max' },
    nina: { role: 'buyer', id: 'b-nina' },
  };
  const signed: Record<string, string> = {};
  const send = (handle: App['fetch'], init: { token?: string; from?: string }) =>
    handle(
      new Request('http://localhost/api/v1/me', {
        headers: {
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
          ...(init.from ? { 'X-Forwarded-For': init.from } : {}),
        },
      }),
    );
  /** Whether each of `times` requests was refused (429), from the first (1) or second (2) process. */
  const refused = async (process: 1 | 2, who: string, times = 1) => {
    const seen: boolean[] = [];
    for (let index = 0; index < times; index++) {
      const response = who.startsWith('192.')
        ? await send(process === 1 ? first.handle : second.fetch, { from: who })
        : await send(process === 1 ? first.handle : second.fetch, {
            token: process === 1 ? signed[who] : `token-${who}`,
          });
      seen.push(response.status === 429);
    }
    return seen;
  };
  const retryAfter = async (process: 1 | 2, who: string) => {
    const response = await send(process === 1 ? first.handle : second.fetch, {
      token: process === 1 ? signed[who] : `token-${who}`,
    });
    assert.equal(response.status, 429);
    return response.headers.get('Retry-After');
  };
  const exchangeBoth = async () => {
    await first.rateLimitSharing!.exchange();
    await second.rateLimitSharing!.exchange();
  };

  before(async () => {
    first = await startServer({ rateLimit: limits, shareLimitsSeconds });
    for (const [name, claims] of Object.entries(people)) signed[name] = await first.token(claims);
    secondDb = await otherProcess(first);
    second = createApp({
      db: {
        ...secondDb.db,
        query: (text, params) =>
          secondDatabaseAway
            ? Promise.reject(
                Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
              )
            : secondDb.db.query(text, params),
      },
      logger: pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) }),
      verify: (token) => Promise.resolve(people[token.replace(/^token-/, '')] ?? null),
      rateLimit: limits,
      shareLimitsSeconds,
    });
  });
  after(async () => {
    await second.stop();
    await secondDb.close();
    await first.close();
  });

  it('refuses a viewer in every process once the processes together used the bucket', async () => {
    assert.deepEqual(await refused(1, 'lea'), [false]);
    assert.deepEqual(await refused(2, 'lea'), [false]);
    await exchangeBoth();
    // The bucket of 3 holds 1; the first process learnt 2 before the second process's share.
    assert.deepEqual(await refused(1, 'lea'), [false]);
    await exchangeBoth();
    // Three tokens in all, one bucket: both processes refuse, and the next token comes in 10 s.
    assert.equal(await retryAfter(1, 'lea'), '10');
    assert.equal(await retryAfter(2, 'lea'), '10');
    clock += 10_000;
    assert.deepEqual(await refused(2, 'lea', 2), [false, true]);
    await exchangeBoth();
    await exchangeBoth();
    assert.deepEqual(await refused(1, 'lea'), [true]);
  });

  it('makes a viewer who took a burst from each process wait until the bucket has paid the debt', async () => {
    // Between two exchanges each process decides alone: one burst each.
    assert.deepEqual(await refused(1, 'max', 4), [false, false, false, true]);
    assert.deepEqual(await refused(2, 'max', 4), [false, false, false, true]);
    await exchangeBoth();
    await exchangeBoth();
    // The bucket of 3 gave 6: 3 in debt, so a token comes after 4 refills of 10 s, in both.
    assert.equal(await retryAfter(1, 'max'), '40');
    assert.equal(await retryAfter(2, 'max'), '40');
    clock += 31_000;
    await exchangeBoth();
    assert.deepEqual(await refused(1, 'max'), [true]);
    clock += 10_000;
    assert.deepEqual(await refused(1, 'max', 2), [false, true]);
  });

  it('shares the buckets of client addresses too', async () => {
    assert.deepEqual(await refused(1, '192.0.2.50'), [false]);
    assert.deepEqual(await refused(2, '192.0.2.50'), [false]);
    await exchangeBoth();
    await exchangeBoth();
    // Its burst of 2 is used: both refuse it, and another address is not touched.
    assert.deepEqual(await refused(1, '192.0.2.50'), [true]);
    assert.deepEqual(await refused(2, '192.0.2.50'), [true]);
    assert.deepEqual(await refused(2, '192.0.2.51'), [false]);
  });

  it('keeps hashes in the database, never a viewer id or an address', async () => {
    await exchangeBoth();
    const rows = await first.db.query<{ bucket: string }>('SELECT bucket FROM rate_buckets');
    assert.ok(rows.length >= 4, `${rows.length} buckets`);
    for (const { bucket } of rows) {
      assert.match(bucket, /^(viewer|address):[A-Za-z0-9_-]{22}$/);
      assert.doesNotMatch(bucket, /b-lea|b-max|buyer:|192\.0\.2\./);
    }
  });

  it('keeps the counts of a process whose database is away and sends them once it is back', async () => {
    assert.deepEqual(await refused(1, 'nina'), [false]);
    assert.deepEqual(await refused(2, 'nina'), [false]);
    await exchangeBoth();
    secondDatabaseAway = true;
    // Each process answers from what it knows: one token each.
    assert.deepEqual(await refused(2, 'nina'), [false]);
    assert.deepEqual(await refused(1, 'nina'), [false]);
    await second.rateLimitSharing!.exchange();
    assert.ok(
      warnings.some((line) => line.includes('exchanging with the shared buckets failed')),
      'a warning says that each process counts alone',
    );
    secondDatabaseAway = false;
    await second.rateLimitSharing!.exchange();
    await first.rateLimitSharing!.exchange();
    // 4 tokens from a bucket of 3: 1 in debt, the second process's token counted though it was
    // taken while its database was away (without it: a 10 s wait).
    assert.equal(await retryAfter(1, 'nina'), '20');
  });

  it('forgets buckets in the database once they have refilled', async () => {
    await exchangeBoth();
    assert.ok((await first.db.query('SELECT 1 FROM rate_buckets')).length > 0);
    // At 6 a minute every bucket here refills within ten minutes, debts included.
    clock += 10 * 60_000;
    await exchangeBoth();
    assert.deepEqual(await first.db.query('SELECT bucket FROM rate_buckets'), []);
  });
});

describe('rate limit configuration', () => {
  it('defaults to 600 a minute per viewer with bursts of 120, twice that per address', () => {
    assert.deepEqual(rateLimitFromEnv({}), {
      perMinute: 600,
      burst: 120,
      ipPerMinute: 1200,
      ipBurst: 240,
      trustProxy: false,
    });
  });

  it('is off with RATE_LIMIT_PER_MINUTE=0', () => {
    assert.equal(rateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: '0' }), undefined);
  });

  it('shares the buckets every second by default; RATE_LIMIT_SHARE_SECONDS=0 counts per process', () => {
    assert.equal(limitSharingFromEnv({}), 1);
    assert.equal(limitSharingFromEnv({ RATE_LIMIT_SHARE_SECONDS: '5' }), 5);
    assert.equal(limitSharingFromEnv({ RATE_LIMIT_SHARE_SECONDS: '0' }), 0);
  });

  it('takes each setting from the environment', () => {
    assert.deepEqual(
      rateLimitFromEnv({
        RATE_LIMIT_PER_MINUTE: '60',
        RATE_LIMIT_BURST: '5',
        RATE_LIMIT_IP_PER_MINUTE: '30',
        RATE_LIMIT_IP_BURST: '7',
        TRUST_PROXY: '1',
      }),
      { perMinute: 60, burst: 5, ipPerMinute: 30, ipBurst: 7, trustProxy: true },
    );
  });

  it('refuses a value that is not a whole number, naming the variable', () => {
    assert.throws(
      () => rateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: 'lots' }),
      /RATE_LIMIT_PER_MINUTE must be a whole number of 0 or more \(got "lots"\)/,
    );
    assert.throws(() => rateLimitFromEnv({ RATE_LIMIT_BURST: '-1' }), /RATE_LIMIT_BURST/);
    assert.throws(
      () => limitSharingFromEnv({ RATE_LIMIT_SHARE_SECONDS: '0.5' }),
      /RATE_LIMIT_SHARE_SECONDS must be a whole number/,
    );
  });

  it('forgets the buckets that have refilled, so memory does not grow with every client', () => {
    let clock = 0;
    const buckets = new TokenBuckets(60, 2, () => clock);
    for (let index = 0; index < 1000; index++) buckets.take(`client-${index}`);
    assert.equal(buckets.size, 1000);
    clock += 61_000;
    buckets.take('another');
    assert.equal(buckets.size, 1);
  });
});

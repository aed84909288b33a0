// Rate limits of the reference server: a token bucket per viewer, and per client address for
// requests without a valid token; 429 rate_limited with Retry-After; configured from the
// environment, with an off switch. The clock is injected: nothing here waits for real time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { rateLimitFromEnv, TokenBuckets } from '../src/rate-limit.js';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

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
    const { app } = createApp({
      db: server.db,
      logger: pino({ level: 'silent' }),
      verify: (token) => {
        verified++;
        return Promise.resolve(token === 'good' ? { role: 'buyer', id: 'b-lucia' } : null);
      },
      rateLimit: { perMinute: 60, burst: 10, ipPerMinute: 60, ipBurst: 10 },
    });
    const response = await app.fetch(
      new Request('http://localhost/api/v1/me', { headers: { Authorization: 'Bearer good' } }),
    );
    assert.equal(response.status, 200);
    assert.equal(verified, 1);
    const refused = await app.fetch(
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

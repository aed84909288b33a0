// Webhooks: the domain events every write records (question.created, message.created,
// question.escalated, question.resolved, rating.created and the clock's), the endpoints sellers
// and platform agents manage through the API, and their delivery to a real receiver on
// node:http: signed per Standard Webhooks (checked with the `standardwebhooks` verifier),
// retried with backoff for 24 hours when the receiver times out, answers 500, redirects or
// refuses the connection (never holding up the request that caused the event), then failed;
// redelivered on request; delivered once by two dispatchers. And what the issue is judged by:
// two server processes and an injected clock, at 48 h an unanswered after-sales issue moves to
// the platform and exactly one question.taken_over delivery arrives whose signature verifies.
// On PGlite by default; on PostgreSQL when TEST_DATABASE_URL names a server (the second
// process then has a connection pool of its own).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { startScheduler } from '../src/clock.js';
import type { Database } from '../src/db.js';
import { retryDelayMs, runWebhooks, startDispatcher } from '../src/webhook-dispatcher.js';
import { checkEndpointUrl } from '../src/webhooks.js';
import {
  DAY,
  HOUR,
  otherProcess,
  PEOPLE,
  startServerWithShop,
  target,
  type TestServer,
  until,
} from './support/server.js';
import { nothingDue, TestClock } from './support/clock.js';
import { afterSaleIssue, preSaleQuestion } from './support/questions.js';

const SECOND = 1000;
const SHOP = 's-hooks';
/**
 * Attempts that hang are cut off after this long (WEBHOOK_TIMEOUT_MS) in the retry test; the
 * other tests give the receiver longer, so a busy machine does not time a quick answer out.
 */
const TIMEOUT_MS = 1000;

let server: TestServer;
let seller: string;
let otherSeller: string;
let agent: string;
let sanne: string;
const clock = new TestClock();
const { now } = clock;

// The receiver: /ok answers 204, /fail 500, /redirect 302 to /ok, /slow never answers.
interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}
let receiver: Server;
let received: Received[] = [];
let base = '';
/** A port nothing listens on. */
let refused = '';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      resolve(text);
    });
  });
}

async function startReceiver() {
  receiver = createServer((request, response) => {
    void readBody(request).then((body) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers[name] = value;
      }
      received.push({ path: request.url ?? '', headers, body });
      if (request.url?.startsWith('/ok')) response.writeHead(204).end();
      else if (request.url === '/fail') response.writeHead(500).end('down');
      else if (request.url === '/redirect') {
        response.writeHead(302, { Location: `${base}/ok` }).end();
      }
      // /slow: no answer; the dispatcher's timeout ends the attempt.
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  refused = `http://127.0.0.1:${(spare.address() as AddressInfo).port}/gone`;
  await new Promise<void>((resolve) =>
    spare.close(() => {
      resolve();
    }),
  );
}

async function api(method: string, path: string, token: string | undefined, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST' && !path.startsWith('/webhook-endpoints')) {
    headers['Idempotency-Key'] = randomUUID();
  }
  const response = await server.fetch(`/api/v1${path}`, {
    method,
    token,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> & {
      items?: Record<string, unknown>[];
    },
  };
}

async function ok(method: string, path: string, token: string, body?: unknown) {
  const result = await api(method, path, token, body);
  assert.ok(
    result.status < 300,
    `${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`,
  );
  return result.body;
}

const askPreSale = () => ok('POST', '/questions', sanne, preSaleQuestion(SHOP));

const askAfterSale = () => ok('POST', '/questions', sanne, afterSaleIssue(SHOP, 'o-hooks'));

interface Endpoint {
  id: string;
  secret: string;
  url: string;
}

const register = async (url: string, token = seller, extra: Record<string, unknown> = {}) =>
  (await ok('POST', '/webhook-endpoints', token, { url, ...extra })) as unknown as Endpoint;

interface Delivery {
  id: string;
  messageId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastAttemptAt: string | null;
  lastResponseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
}

const deliveries = async (endpoint: Endpoint, token = seller) =>
  (await ok('GET', `/webhook-endpoints/${endpoint.id}/deliveries`, token))
    .items as unknown as Delivery[];

const run = (db: Database = server.db, timeoutMs = 10_000) =>
  runWebhooks(db, {
    now,
    schedule: { timeoutMs },
    random: () => 0.5,
    allowPrivateAddresses: true,
  });

/** The events the outbox has for a question, as `type` (and who wrote a message). */
async function outbox(questionId: string) {
  const rows = await server.db.query<{
    type: string;
    question_id: string;
    shop_id: string;
    payload: Record<string, unknown>;
  }>('SELECT type, question_id, shop_id, payload FROM events WHERE question_id = $1 ORDER BY id', [
    questionId,
  ]);
  for (const row of rows) {
    assert.equal(row.question_id, questionId);
    assert.equal(row.shop_id, SHOP);
  }
  return rows;
}

/**
 * What arrived at the endpoint's URL (or `path`), verified with its secret; throws when one
 * does not verify.
 */
function verified(endpoint: Endpoint, path = new URL(endpoint.url).pathname) {
  return received
    .filter((entry) => entry.path === path)
    .map((entry) => {
      const event = new Webhook(endpoint.secret).verify(entry.body, entry.headers) as {
        type: string;
        timestamp: string;
        data: Record<string, unknown>;
      };
      return { id: entry.headers['webhook-id']!, ...event };
    });
}

describe(`webhooks on ${target}`, () => {
  before(async () => {
    await startReceiver();
    ({
      server,
      tokens: { owner: seller, otherSeller, agent, sanne },
    } = await startServerWithShop(
      {
        id: SHOP,
        name: 'Hooks & Eyes',
        seller: { id: 'seller-hooks' },
        order: { id: 'o-hooks', number: 'SQ-HOOKS-1' },
      },
      { otherSeller: PEOPLE.seller, agent: PEOPLE.agent, sanne: PEOPLE.sanne },
      { now },
    ));
  });
  after(async () => {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) =>
      receiver.close(() => {
        resolve();
      }),
    );
    await server.close();
  });
  beforeEach(async () => {
    // Each test starts with no endpoint, an empty receiver and no clock notice due.
    await server.db.query('DELETE FROM webhook_endpoints');
    received = [];
    await nothingDue(server, clock);
  });

  it('records an event for each question, message, escalation, resolution and rating', async () => {
    const question = await askPreSale();
    const id = question['id'] as string;
    let events = await outbox(id);
    assert.deepEqual(
      events.map((event) => event.type),
      ['question.created'],
    );
    assert.equal(events[0]!.payload['status'], 'awaiting_seller');
    assert.equal(events[0]!.payload['buyerId'], 'b-sanne');
    assert.equal(
      events[0]!.payload['messageId'],
      (question['messages'] as { id: string }[])[0]!.id,
    );
    assert.equal(typeof events[0]!.payload['replyDueAt'], 'string');
    assert.equal('text' in events[0]!.payload, false);

    const answered = await ok('POST', `/questions/${id}/messages`, seller, {
      text: 'Yes, in three days.',
      language: 'en',
      resolve: true,
    });
    const answer = (answered['messages'] as { id: string; author: string }[]).findLast(
      (message) => message.author === 'seller',
    )!;
    await ok('POST', `/questions/${id}/ratings`, sanne, { messageId: answer.id, satisfied: true });
    // A buyer's follow-up reopens it; its `resolve` flag resolves nothing.
    await ok('POST', `/questions/${id}/messages`, sanne, {
      text: 'And to Belgium?',
      language: 'en',
      resolve: true,
    });
    events = await outbox(id);
    assert.deepEqual(
      events.map((event) => event.type),
      [
        'question.created',
        'message.created',
        'question.resolved',
        'rating.created',
        'message.created',
      ],
    );
    assert.deepEqual(
      [events[1]!.payload['authorRole'], events[1]!.payload['messageId']],
      ['seller', answer.id],
    );
    assert.equal(events[1]!.payload['status'], 'resolved');
    assert.deepEqual(
      [events[2]!.payload['resolvedBy'], events[2]!.payload['via']],
      ['seller', 'reply'],
    );
    assert.deepEqual(
      { ...events[3]!.payload },
      { messageId: answer.id, answeredBy: 'seller', satisfied: true, hasComment: false },
    );
    assert.deepEqual(
      [events[4]!.payload['authorRole'], events[4]!.payload['reopened']],
      ['buyer', true],
    );

    // The seller escalates an after-sales issue; customer service answers and resolves it.
    const issue = await askAfterSale();
    const issueId = issue['id'] as string;
    await ok('POST', `/questions/${issueId}/escalations`, seller, {
      reason: 'Needs a return label.',
    });
    await ok('POST', `/questions/${issueId}/messages`, agent, {
      text: 'We sent you a label.',
      language: 'en',
    });
    await ok('POST', `/questions/${issueId}/resolve`, agent, {});
    events = await outbox(issueId);
    assert.deepEqual(
      events.map((event) => event.type),
      ['question.created', 'question.escalated', 'message.created', 'question.resolved'],
    );
    assert.deepEqual(
      { ...events[1]!.payload },
      { status: 'awaiting_platform', handler: 'platform', sellerId: 'seller-hooks' },
    );
    assert.equal(events[2]!.payload['authorRole'], 'platform');
    assert.deepEqual(
      [events[3]!.payload['resolvedBy'], events[3]!.payload['via']],
      ['platform', 'resolve'],
    );
    // A refused action records nothing.
    const refusedRating = await api('POST', `/questions/${issueId}/ratings`, sanne, {
      messageId: 'm-none',
      satisfied: false,
    });
    assert.equal(refusedRating.status, 422);
    assert.equal((await outbox(issueId)).length, 4);
  });

  it('lets a seller manage its shop’s endpoints and no one else’s', async () => {
    const created = await api('POST', '/webhook-endpoints', seller, {
      url: `${base}/ok`,
      description: ' Order system ',
      eventTypes: ['question.created', 'message.created'],
    });
    assert.equal(created.status, 201);
    const endpoint = created.body as unknown as Endpoint & Record<string, unknown>;
    assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/=]{40,}$/);
    assert.equal(endpoint['shopId'], SHOP);
    assert.equal(endpoint['description'], 'Order system');
    assert.deepEqual(endpoint['eventTypes'], ['question.created', 'message.created']);
    assert.equal(endpoint['enabled'], true);

    const listed = await ok('GET', '/webhook-endpoints', seller);
    assert.deepEqual(
      listed.items!.map((item) => item['id']),
      [endpoint.id],
    );
    assert.equal('secret' in listed.items![0]!, false, 'the list shows no secret');
    const shown = await ok('GET', `/webhook-endpoints/${endpoint.id}`, seller);
    assert.equal('secret' in shown, false);

    // Another shop's seller and the platform: not found; a buyer: forbidden; no token: 401.
    const path = `/webhook-endpoints/${endpoint.id}`;
    for (const token of [otherSeller, agent]) {
      assert.equal((await api('GET', path, token)).status, 404);
      assert.equal((await api('PATCH', path, token, { enabled: false })).status, 404);
      assert.equal((await api('DELETE', path, token)).status, 404);
      assert.equal((await api('POST', `${path}/rotate-secret`, token)).status, 404);
      assert.equal((await api('GET', `${path}/deliveries`, token)).status, 404);
      assert.deepEqual((await ok('GET', '/webhook-endpoints', token)).items, []);
    }
    for (const [method, route] of [
      ['GET', '/webhook-endpoints'],
      ['POST', '/webhook-endpoints'],
      ['GET', path],
      ['DELETE', path],
    ] as const) {
      const answer = await api(
        method,
        route,
        sanne,
        method === 'POST' ? { url: `${base}/ok` } : undefined,
      );
      assert.equal(answer.status, 403, `${method} ${route}`);
      assert.equal(answer.body['code'], 'forbidden');
    }
    assert.equal((await api('GET', '/webhook-endpoints', undefined)).status, 401);

    // The platform's endpoints are its own (every shop's events).
    const platform = await register(`${base}/ok`, agent);
    assert.equal((platform as unknown as Record<string, unknown>)['shopId'], null);
    assert.equal((await api('GET', `/webhook-endpoints/${platform.id}`, seller)).status, 404);

    const changed = await ok('PATCH', path, seller, { eventTypes: null, enabled: false });
    assert.equal(changed['eventTypes'], null);
    assert.equal(changed['enabled'], false);
    assert.equal(changed['description'], 'Order system');

    const rotated = await ok('POST', `${path}/rotate-secret`, seller);
    assert.notEqual(rotated['secret'], endpoint.secret);
    assert.equal(new Date(rotated['previousSecretExpiresAt'] as string).getTime(), clock.ms + DAY);

    assert.equal((await api('DELETE', path, seller)).status, 204);
    assert.equal((await api('GET', path, seller)).status, 404);
    assert.equal((await api('GET', '/webhook-endpoints/not%20an%20id', seller)).status, 404);
  });

  it('refuses URLs that are not https with 400 and a clear message', async () => {
    for (const [url, says] of [
      ['ftp://example.com/hook', /https:\/\/ \(not ftp:\)/],
      ['javascript:alert(1)', /https:\/\//],
      ['example.com/hook', /not an absolute URL/],
      ['http://example.com/hook', /http:\/\/ is not accepted/],
      ['https://user:secret@example.com/hook', /user name or password/],
      ['https://example.com/hook#part', /fragment/],
    ] as const) {
      const answer = await api('POST', '/webhook-endpoints', seller, { url });
      assert.equal(answer.status, 400, url);
      assert.equal(answer.body['code'], 'bad_request');
      assert.match(answer.body['detail'] as string, says, url);
      assert.deepEqual(
        (answer.body['errors'] as { pointer: string }[]).map((error) => error.pointer),
        ['/url'],
      );
    }
    const endpoint = await register(`${base}/ok`);
    const patched = await api('PATCH', `/webhook-endpoints/${endpoint.id}`, seller, {
      url: 'http://example.com/hook',
    });
    assert.equal(patched.status, 400);
    // Not the contract's shape: 422 at the field.
    const unknown = await api('POST', '/webhook-endpoints', seller, {
      url: `${base}/ok`,
      eventTypes: ['question.deleted'],
    });
    assert.equal(unknown.status, 422);
    const extra = await api('POST', '/webhook-endpoints', seller, {
      url: `${base}/ok`,
      secret: 'x',
    });
    assert.equal(extra.status, 422);
    assert.equal((await api('POST', '/webhook-endpoints', seller, {})).status, 422);

    // Without the development flag: https only, and not to this machine or a private network.
    assert.throws(() => checkEndpointUrl('http://localhost:3000/hook', false), /development/);
    for (const url of [
      'https://localhost/hook',
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://192.168.0.10/hook',
      'https://[::1]/hook',
      // IANA's special-purpose ranges, and IPv4 written inside IPv6 (an outside run found these
      // let through): benchmarking, IETF assignments, documentation, multicast, reserved,
      // broadcast, a trailing dot, IPv4-compatible, -mapped and NAT64 forms, 6to4, Teredo.
      'https://198.18.0.1/',
      'https://198.19.255.254/',
      'https://192.0.0.1/',
      'https://192.0.2.1/',
      'https://198.51.100.7/',
      'https://203.0.113.9/',
      'https://192.88.99.1/',
      'https://224.0.0.1/',
      'https://239.255.255.250/',
      'https://240.0.0.1/',
      'https://255.255.255.255/',
      'https://localhost.:8443/',
      'https://127.0.0.1./',
      'https://[::127.0.0.1]:8443/',
      'https://[::ffff:10.0.0.1]/',
      'https://[64:ff9b::a00:1]/',
      'https://[2002:7f00:1::]/',
      'https://[2001::1]/',
      'https://[2001:db8::1]/',
      'https://[fe80::1]/',
      'https://[fd00::1]/',
      'https://[ff02::1]/',
      'https://[::]/',
    ]) {
      assert.throws(() => checkEndpointUrl(url, false), /private network/, url);
    }
    for (const url of [
      'https://hooks.example.com/x',
      'https://8.8.8.8/x',
      'https://198.20.0.1/x',
      'https://[2606:4700:4700::1111]/x',
    ]) {
      assert.equal(checkEndpointUrl(url, false), url);
    }
    assert.equal(checkEndpointUrl('http://localhost:3000/x', true), 'http://localhost:3000/x');
  });

  it('delivers each event signed, to the endpoints that want it', async () => {
    const all = await register(`${base}/ok/all`);
    const ratings = await register(`${base}/ok/ratings`, seller, {
      eventTypes: ['rating.created'],
    });
    const elsewhere = await register(`${base}/ok/elsewhere`, otherSeller);
    const platform = await register(`${base}/ok/platform`, agent, {
      eventTypes: ['question.created'],
    });
    const question = await askPreSale();
    await ok('POST', `/questions/${question['id'] as string}/messages`, seller, {
      text: 'Yes.',
      language: 'en',
    });

    const result = await run();
    assert.deepEqual(result, { queued: 3, attempted: 3, delivered: 3, failed: 0 });
    const arrived = received.map((entry) => entry.headers['webhook-id']);
    assert.equal(arrived.length, 3);

    // Each arrival verifies with its own endpoint's secret and no other.
    const eventNumber = (entry: Received) => Number(entry.headers['webhook-id']!.slice(4));
    const mine = received
      .filter((entry) => {
        try {
          new Webhook(all.secret).verify(entry.body, entry.headers);
          return true;
        } catch {
          return false;
        }
      })
      .sort((a, b) => eventNumber(a) - eventNumber(b));
    assert.equal(mine.length, 2);
    const events = mine.map(
      (entry) =>
        JSON.parse(entry.body) as {
          type: string;
          timestamp: string;
          data: Record<string, unknown>;
        },
    );
    assert.deepEqual(
      events.map((event) => event.type),
      ['question.created', 'message.created'],
    );
    assert.equal(events[0]!.data['questionId'], question['id']);
    assert.equal(events[0]!.data['shopId'], SHOP);
    assert.equal(events[1]!.data['authorRole'], 'seller');
    assert.equal(events[0]!.timestamp, question['createdAt']);
    assert.match(mine[0]!.headers['webhook-id']!, /^evt_\d+$/);
    assert.match(mine[0]!.headers['webhook-signature']!, /^v1,[A-Za-z0-9+/=]+$/);
    const forPlatform = received.filter((entry) => {
      try {
        new Webhook(platform.secret).verify(entry.body, entry.headers);
        return true;
      } catch {
        return false;
      }
    });
    assert.equal(forPlatform.length, 1);
    // A tampered body does not verify.
    assert.throws(() =>
      new Webhook(all.secret).verify(mine[0]!.body.replace(SHOP, 's-1'), mine[0]!.headers),
    );

    const log = await deliveries(all);
    assert.deepEqual(
      log.map((entry) => [entry.eventType, entry.status, entry.attempts, entry.lastResponseCode]),
      [
        ['message.created', 'delivered', 1, 204],
        ['question.created', 'delivered', 1, 204],
      ],
    );
    assert.deepEqual(await deliveries(ratings), []);
    assert.deepEqual(await deliveries(elsewhere, otherSeller), []);
    // Nothing more to send.
    assert.deepEqual(await run(), { queued: 0, attempted: 0, delivered: 0, failed: 0 });

    // After a rotation both secrets sign for a day, so a receiver can switch without a gap.
    const rotated = (await ok(
      'POST',
      `/webhook-endpoints/${all.id}/rotate-secret`,
      seller,
    )) as unknown as Endpoint;
    received = [];
    await askPreSale();
    await run();
    assert.equal(verified(all).length, 1);
    assert.equal(verified(rotated).length, 1);
    const arrival = received.find((entry) => entry.path === '/ok/all')!;
    assert.equal(arrival.headers['webhook-signature']!.split(' ').length, 2);
  });

  it('refuses to deliver to this machine or a private network unless allowed, also by a public name', async () => {
    const local = await register(`${base}/ok/local`, seller, { eventTypes: ['question.created'] });
    const named = await register('https://hooks.shop.example/in', seller, {
      eventTypes: ['question.created'],
    });
    const unknown = await register('https://nowhere.shop.example/in', seller, {
      eventTypes: ['question.created'],
    });
    await askPreSale();
    const sent: string[] = [];
    const result = await runWebhooks(server.db, {
      now,
      random: () => 0.5,
      // A public name that points into the network the server runs in.
      resolve: (host) =>
        host === 'hooks.shop.example'
          ? Promise.resolve(['10.0.0.7'])
          : Promise.reject(
              Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }),
            ),
      fetch: (input) => {
        sent.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(new Response(null, { status: 204 }));
      },
    });
    assert.deepEqual(result, { queued: 3, attempted: 3, delivered: 0, failed: 0 });
    assert.deepEqual(sent, []);
    assert.equal(received.length, 0);
    const [toLocal] = await deliveries(local);
    assert.equal(toLocal!.status, 'pending');
    assert.match(toLocal!.lastError!, /address not allowed: 127\.0\.0\.1 is private/);
    const [toNamed] = await deliveries(named);
    assert.equal(toNamed!.status, 'pending');
    // Not where it points, nor whether it exists: the seller reads this log.
    assert.equal(toNamed!.lastError, 'host not found or not allowed');
    const [toUnknown] = await deliveries(unknown);
    assert.equal(toUnknown!.lastError, toNamed!.lastError);

    // Allowed (development, the demo): the local endpoint gets it.
    clock.ms += DAY;
    await run();
    assert.equal(received.length, 1);
  });

  it('retries a timeout, a 500, a redirect and a refused connection with backoff, then fails after 24 h', async () => {
    const slow = await register(`${base}/slow`);
    const failing = await register(`${base}/fail`);
    const redirecting = await register(`${base}/redirect`);
    const gone = await register(refused);

    // A dispatcher is busy with the hanging endpoint while the API answers.
    const dispatcher = startDispatcher({
      db: server.db,
      now,
      schedule: { intervalMs: 20, timeoutMs: 2_000, batch: 20, retryMs: DAY },
      allowPrivateAddresses: true,
    });
    try {
      await askPreSale();
      await until(() => received.some((entry) => entry.path === '/slow'), 'the slow attempt');
      const started = performance.now();
      const question = await askPreSale();
      await ok('POST', `/questions/${question['id'] as string}/messages`, seller, {
        text: 'Yes.',
        language: 'en',
      });
      const took = performance.now() - started;
      assert.ok(took < 1_000, `the requests took ${Math.round(took)} ms with a hanging receiver`);
    } finally {
      await dispatcher.stop();
    }
    // Start again from no delivery: the events so far are read, then their deliveries dropped.
    await run(server.db, TIMEOUT_MS);
    await server.db.query('DELETE FROM webhook_deliveries');
    received = [];

    await askPreSale();
    const first = clock.ms;
    await run(server.db, TIMEOUT_MS);
    const expected = (delivery: Delivery) => [
      delivery.status,
      delivery.lastResponseCode,
      delivery.lastError,
    ];
    assert.deepEqual(expected((await deliveries(slow))[0]!), [
      'pending',
      null,
      `timeout after ${TIMEOUT_MS} ms`,
    ]);
    assert.deepEqual(expected((await deliveries(failing))[0]!), ['pending', 500, 'HTTP 500']);
    assert.deepEqual(expected((await deliveries(redirecting))[0]!), [
      'pending',
      302,
      'redirect not followed (HTTP 302)',
    ]);
    assert.deepEqual(expected((await deliveries(gone))[0]!), [
      'pending',
      null,
      'connection refused',
    ]);
    // The redirect was not followed.
    assert.equal(received.filter((entry) => entry.path === '/ok').length, 0);

    // Each retry at its time: 10 s, 20 s, 40 s, … (the jitter at its middle), at most 2 h apart,
    // until 24 hours have passed; then the delivery has failed.
    const gaps: number[] = [];
    for (let round = 0; round < 40; round += 1) {
      const [delivery] = await deliveries(failing);
      if (delivery!.status !== 'pending') break;
      const due = new Date(delivery!.nextAttemptAt!).getTime();
      gaps.push(due - new Date(delivery!.lastAttemptAt!).getTime());
      clock.ms = due - 1;
      assert.equal(
        (await run(server.db, TIMEOUT_MS)).attempted,
        0,
        'nothing is tried before its time',
      );
      clock.ms = due;
      await run(server.db, TIMEOUT_MS);
    }
    assert.deepEqual(
      gaps.slice(0, 4),
      [10, 20, 40, 80].map((seconds) => seconds * SECOND),
    );
    assert.ok(gaps.every((gap, index) => index === 0 || gap >= gaps[index - 1]!));
    assert.equal(Math.max(...gaps), 2 * HOUR);
    assert.deepEqual(
      gaps,
      gaps.map((_, index) => retryDelayMs(index + 1, () => 0.5)),
    );
    for (const endpoint of [slow, failing, redirecting, gone]) {
      const [delivery] = await deliveries(endpoint);
      assert.equal(delivery!.status, 'failed');
      assert.equal(delivery!.nextAttemptAt, null);
      assert.equal(delivery!.attempts, gaps.length + 1);
      const last = new Date(delivery!.lastAttemptAt!).getTime();
      assert.ok(last <= first + DAY && last > first + DAY - 2 * HOUR, 'tried for 24 hours');
    }
    assert.equal(received.filter((entry) => entry.path === '/fail').length, gaps.length + 1);
  });

  it('redelivers a delivery with the same webhook-id', async () => {
    const endpoint = await register(`${base}/fail`);
    await askPreSale();
    await run();
    const [before] = await deliveries(endpoint);
    assert.equal(before!.status, 'pending');
    clock.ms += 2 * DAY;
    await run();
    const [failed] = await deliveries(endpoint);
    assert.equal(failed!.status, 'failed');

    // The receiver is fixed; the seller sends the delivery again.
    await ok('PATCH', `/webhook-endpoints/${endpoint.id}`, seller, { url: `${base}/ok` });
    const path = `/webhook-endpoints/${endpoint.id}/deliveries/${failed!.id}/redeliver`;
    const again = await api('POST', path, seller);
    assert.equal(again.status, 202);
    assert.equal(again.body['status'], 'pending');
    assert.equal(again.body['nextAttemptAt'], now().toISOString());
    assert.equal((await api('POST', path, otherSeller)).status, 404);
    assert.equal(
      (await api('POST', `/webhook-endpoints/${endpoint.id}/deliveries/wd_0_x/redeliver`, seller))
        .status,
      404,
    );
    await run();
    const [delivered] = await deliveries(endpoint);
    assert.deepEqual(
      [delivered!.status, delivered!.attempts, delivered!.lastResponseCode, delivered!.lastError],
      ['delivered', 3, 204, null],
    );
    const [arrival] = verified(endpoint);
    assert.equal(arrival!.id, failed!.messageId);
    assert.equal(
      received.filter((entry) => entry.path === '/fail')[0]!.headers['webhook-id'],
      failed!.messageId,
    );

    // A delivered one can be sent again too (the receiver lost it).
    await ok('POST', path, seller);
    await run();
    assert.equal(verified(endpoint).length, 2);
    assert.equal(new Set(verified(endpoint).map((event) => event.id)).size, 1);

    // The log filters by status and pages.
    await askPreSale();
    await askPreSale();
    await run();
    const page = await ok(
      'GET',
      `/webhook-endpoints/${endpoint.id}/deliveries?limit=2&offset=1`,
      seller,
    );
    assert.equal(page['total'], 3);
    assert.equal(page.items!.length, 2);
    const none = await ok(
      'GET',
      `/webhook-endpoints/${endpoint.id}/deliveries?status=failed`,
      seller,
    );
    assert.deepEqual([none['total'], none.items], [0, []]);
    assert.equal(
      (await api('GET', `/webhook-endpoints/${endpoint.id}/deliveries?status=lost`, seller)).status,
      400,
    );
    // Numbers in digits, each parameter once.
    for (const query of [
      'limit=0',
      'limit=1e1',
      'limit=0x5',
      'limit=1&limit=500',
      'offset=0&offset=-1',
    ]) {
      assert.equal(
        (await api('GET', `/webhook-endpoints/${endpoint.id}/deliveries?${query}`, seller)).status,
        400,
        query,
      );
    }
  });

  it('delivers each event once with two dispatchers racing', async () => {
    const second = await otherProcess(server, 4);
    const other = second.db;
    try {
      const endpoints = [
        await register(`${base}/ok/shop`),
        await register(`${base}/ok/platform`, agent),
      ];
      const asked: string[] = [];
      for (let index = 0; index < 6; index += 1) {
        asked.push((await askPreSale())['id'] as string);
        await Promise.all([run(server.db), run(other), run(server.db), run(other)]);
      }
      await Promise.all([run(server.db), run(other)]);
      for (const endpoint of endpoints) {
        const arrived = verified(endpoint);
        assert.equal(arrived.length, 6);
        assert.equal(new Set(arrived.map((event) => event.id)).size, 6);
        assert.deepEqual(new Set(arrived.map((event) => event.data['questionId'])), new Set(asked));
      }
      assert.equal(received.length, 12);
    } finally {
      await second.close();
    }
  });

  it('sends one signed question.taken_over when two server processes move a late issue at 48 h', async () => {
    const endpoint = await register(`${base}/ok`);
    const issue = await askAfterSale();
    const asked = clock.ms;
    const second = await otherProcess(server, 4);
    const other = second.db;
    // Two processes: each runs the clock and a dispatcher, with no client request.
    const processes = [server.db, other].map((db) => ({
      clock: startScheduler({
        db,
        baseUrl: server.basePath,
        now,
        schedule: { intervalMs: 20, batch: 100 },
      }),
      webhooks: startDispatcher({
        db,
        now,
        schedule: { intervalMs: 20, timeoutMs: 2_000, batch: 20, retryMs: DAY },
        allowPrivateAddresses: true,
      }),
    }));
    const takenOver = () =>
      verified(endpoint).filter((event) => event.type === 'question.taken_over');
    try {
      await until(() => verified(endpoint).length === 1, 'question.created delivered');
      clock.ms = asked + 48 * HOUR; // exactly due: still the seller's
      await until(
        () =>
          verified(endpoint).some(
            (event) => event.type === 'question.sla_warning' && event.data['level'] === 'urgent',
          ),
        'the urgent warning',
      );
      assert.deepEqual(takenOver(), []);
      clock.ms += 1;
      await until(() => takenOver().length > 0, 'question.taken_over delivered');
      // A few more runs of both processes send nothing more.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      for (const process of processes) {
        await process.clock.stop();
        await process.webhooks.stop();
      }
      await second.close();
    }
    const [delivery] = takenOver();
    assert.equal(takenOver().length, 1);
    assert.deepEqual(delivery!.data, {
      questionId: issue['id'],
      shopId: SHOP,
      reason: 'late',
      replyDueAt: new Date(asked + 48 * HOUR).toISOString(),
      category: 'after_sale',
      topic: 'item_defective',
    });
    assert.equal(
      received.filter((entry) => entry.headers['webhook-id'] === delivery!.id).length,
      1,
    );
    const question = await ok('GET', `/questions/${issue['id'] as string}`, sanne);
    assert.equal(question['status'], 'awaiting_platform');
    // Every event of the issue arrived once: created, the warning(s), late, taken over.
    const ids = verified(endpoint).map((event) => event.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      new Set(verified(endpoint).map((event) => event.type)),
      new Set(['question.created', 'question.sla_warning', 'question.late', 'question.taken_over']),
    );
  });
});

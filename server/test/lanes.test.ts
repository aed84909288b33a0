// The server's two lanes (server/src/app.ts, `fetch`): a request for the backend goes to it
// without Hono's router; the server's own routes under the API's path (webhooks, email
// preferences, the demo's), preflights, HEAD and bodies of no stated length go through Hono.
// Both lanes must answer alike: same status, headers and body.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startServer, startServerWithPhoto, target, type TestServer } from './support/server.js';

const origin = 'https://shop.example';

describe(`the server's lanes on ${target}`, () => {
  let server: TestServer;
  let people: Record<'seller' | 'anna', string>;
  let questionId: string;
  let attachmentUrl: string;

  before(async () => {
    ({ server, people, questionId, attachmentUrl } = await startServerWithPhoto(origin));
  });
  after(async () => {
    await server.close();
  });

  /** A request as it comes from the network: headers, and a body with its length. */
  const request = (
    path: string,
    init: { method?: string; token?: string; headers?: Record<string, string>; body?: string } = {},
  ) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    // A body's length, and 0 for a POST or PUT without one, as fetch() sends them.
    const method = init.method ?? 'GET';
    if (init.body !== undefined) {
      headers.set('Content-Length', String(Buffer.byteLength(init.body)));
    } else if (method === 'POST' || method === 'PUT') {
      headers.set('Content-Length', '0');
    }
    return new Request(`http://localhost${path}`, {
      method,
      headers,
      body: init.body ?? null,
    });
  };

  it('hands the backend its requests directly, and everything else to Hono', () => {
    const lane = (path: string, init?: Parameters<typeof request>[1]) =>
      server.takesBackendLane(request(path, init)) ? 'backend' : 'hono';
    const write = (body: string, method = 'POST') => ({ method, body, token: people.anna });
    assert.equal(lane('/api/v1/questions?sort=due'), 'backend');
    assert.equal(lane(`/api/v1/questions/${questionId}`), 'backend');
    assert.equal(lane('/api/v1/questions/..%2Fetc'), 'backend');
    assert.equal(lane('/api/v1/no-such-thing'), 'backend');
    assert.equal(lane(`/api/v1/questions/${questionId}/messages`, write('{}')), 'backend');
    assert.equal(lane('/api/v1/templates/t-1', write('{}', 'PATCH')), 'backend');
    assert.equal(lane('/api/v1/templates/t-1', { method: 'DELETE' }), 'backend');
    // The server's own routes under the API's path, whatever their method.
    assert.equal(lane('/api/v1/me/email-preferences'), 'hono');
    assert.equal(lane('/api/v1/me/email-preferences', write('{}', 'PUT')), 'hono');
    assert.equal(lane('/api/v1/me/email-preferences', write('{}', 'POST')), 'hono');
    assert.equal(lane('/api/v1/email/unsubscribe'), 'hono');
    assert.equal(lane('/api/v1/webhook-endpoints'), 'hono');
    assert.equal(lane('/api/v1/webhook-endpoints/w-1/deliveries'), 'hono');
    assert.equal(lane('/api/v1/_demo/token', write('{}')), 'hono');
    assert.equal(lane('/api/v1/_mock/pictures/p-1.svg'), 'hono');
    // Outside the API, preflights and HEAD.
    assert.equal(lane('/healthz'), 'hono');
    assert.equal(lane('/readyz'), 'hono');
    assert.equal(lane('/api/v1'), 'hono');
    assert.equal(lane('/api/v1/questions', { method: 'OPTIONS' }), 'hono');
    assert.equal(lane('/api/v1/questions', { method: 'HEAD' }), 'hono');
    // A body without a stated length, or over the limit, is counted by Hono's body limit.
    const chunked = new Request('http://localhost/api/v1/questions', {
      method: 'POST',
      body: '{}',
    });
    assert.equal(server.takesBackendLane(chunked), false);
    const huge = request('/api/v1/questions', write('{}'));
    huge.headers.set('Content-Length', String(7 * 1024 * 1024));
    assert.equal(server.takesBackendLane(huge), false);
    const lying = request('/api/v1/questions', write('{}'));
    lying.headers.set('Content-Length', 'twelve');
    assert.equal(server.takesBackendLane(lying), false);
  });

  it('sends a route added under the API’s path through Hono, however its first segment is written', async () => {
    // Routes added before the first request (the lane's router is made then): one by a static
    // first segment, one that matches any first segment.
    const other = await startServer({ seed: false });
    try {
      other.app.get('/api/v1/extra/thing', (c) => c.text('extra'));
      other.app.get('/api/v1/:anything/special', (c) => c.text('special'));
      const lane = (path: string) => (other.takesBackendLane(request(path)) ? 'backend' : 'hono');
      assert.equal(lane('/api/v1/extra/thing'), 'hono');
      assert.equal(lane('/api/v1/questions/special'), 'hono');
      assert.equal(lane('/api/v1/config/special'), 'hono');
      assert.equal(lane('/api/v1/questions'), 'backend');
      assert.equal(lane('/api/v1/extra/other'), 'backend');
      assert.equal(lane('/api/v1/me/email-preferences'), 'hono');
      assert.equal(lane('/api/v1/me'), 'backend');
    } finally {
      await other.close();
    }
    // Without such a route, a path's first segment that no route of the server's own has is
    // the backend's at once; one that some route has is looked up.
    const lane = (path: string) => (server.takesBackendLane(request(path)) ? 'backend' : 'hono');
    assert.equal(lane('/api/v1/questions/special'), 'backend');
    assert.equal(lane('/api/v1/webhook-endpoints/w-1/deliveries'), 'hono');
    assert.equal(lane('/api/v1/webhook-endpoints/w-1/other'), 'backend');
  });

  it('answers alike in both lanes: status, headers and body', async () => {
    const cases: [string, Parameters<typeof request>[1]][] = [
      [
        '/api/v1/questions?sort=due',
        { token: people.seller, headers: { Origin: origin, 'Accept-Encoding': 'br' } },
      ],
      [`/api/v1/questions/${questionId}`, { token: people.seller, headers: { Origin: origin } }],
      ['/api/v1/config', { token: people.anna, headers: { 'Accept-Encoding': 'gzip' } }],
      ['/api/v1/questions/q-none', { token: people.seller, headers: { Origin: origin } }],
      ['/api/v1/questions', { headers: { Origin: 'https://other.example' } }],
      ['/api/v1/no-such-thing', { token: people.seller }],
      [attachmentUrl, { token: people.anna, headers: { Origin: origin, 'Accept-Encoding': 'br' } }],
      [
        `/api/v1/questions/${questionId}/read`,
        { method: 'POST', token: people.seller, headers: { 'Idempotency-Key': 'each' } },
      ],
      [
        `/api/v1/questions/${questionId}/messages`,
        {
          method: 'POST',
          token: people.seller,
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'each' },
          body: '{"text": "not closed',
        },
      ],
    ];
    // Each write with a key of its own: the same key would be answered as a replay.
    const keyed = (init: Parameters<typeof request>[1]) =>
      init?.headers?.['Idempotency-Key']
        ? { ...init, headers: { ...init.headers, 'Idempotency-Key': randomUUID() } }
        : init;
    for (const [path, init] of cases) {
      const backendLane = request(path, keyed(init));
      const honoLane = request(path, keyed(init));
      assert.equal(server.takesBackendLane(backendLane), true, path);
      const direct = await server.handle(backendLane);
      const routed = await server.app.fetch(honoLane);
      assert.equal(direct.status, routed.status, path);
      assert.deepEqual(
        Object.fromEntries(direct.headers),
        Object.fromEntries(routed.headers),
        `${path}: the headers`,
      );
      assert.deepEqual(
        Buffer.from(await direct.arrayBuffer()),
        Buffer.from(await routed.arrayBuffer()),
        `${path}: the body`,
      );
    }
  });

  it('keeps the server’s own routes under the API’s path', async () => {
    const preferences = await server.fetch('/api/v1/me/email-preferences', { token: people.anna });
    assert.equal(preferences.status, 200);
    assert.ok('newQuestions' in ((await preferences.json()) as object));
    const endpoints = await server.fetch('/api/v1/webhook-endpoints', { token: people.seller });
    assert.equal(endpoints.status, 200);
    const token = await server.fetch('/api/v1/_demo/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'buyer', id: 'b-anna' }),
    });
    assert.equal(token.status, 200);
    assert.ok(((await token.json()) as { token?: string }).token);
  });

  it('refuses a body over the limit before reading it, storing nothing', async () => {
    const big = 'x'.repeat(6 * 1024 * 1024 + 1);
    const stated = request(`/api/v1/questions/${questionId}/messages`, {
      method: 'POST',
      token: people.seller,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: big,
    });
    const answer = await server.handle(stated);
    assert.equal(answer.status, 413);
    assert.equal(((await answer.json()) as { code: string }).code, 'file_too_large');
    // PATCH too (a template's change), which had no limit before the backend read it whole.
    const patched = await server.handle(
      request('/api/v1/templates/t-1', {
        method: 'PATCH',
        token: people.seller,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: big,
      }),
    );
    assert.equal(patched.status, 413);
    const question = await server.fetch(`/api/v1/questions/${questionId}`, {
      token: people.seller,
    });
    const { messages } = (await question.json()) as { messages: { text: string }[] };
    assert.ok(messages.every((message) => message.text.length < 1000));
  });
});

// The server's node:http listener (server/src/node-listener.ts), as main.ts serves it: a GET for
// the backend goes to it straight from node:http's request, everything else through
// @hono/node-server to the app's `fetch`. Over real sockets, each request is sent to it and to
// node-server alone (how the server answered every request before): both must answer alike,
// byte for byte.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { partsResponse } from '../src/compress.js';
import { nodeListener } from '../src/node-listener.js';
import { startServer, startServerWithPhoto, target, type TestServer } from './support/server.js';

const origin = 'https://shop.example';

interface Answer {
  status: number;
  /** The headers, by lower-case name, without those node:http adds (Date, Connection, …). */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Listens on a free port of 127.0.0.1; resolves with the port and a way to stop. */
async function listen(
  listener: (request: http.IncomingMessage, response: http.ServerResponse) => unknown,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    void listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** One request over a socket of its own, the answer read whole. */
function send(
  port: number,
  path: string,
  init: { method?: string; headers?: OutgoingHttpHeaders } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const added = new Set(['date', 'connection', 'keep-alive']);
          const headers: IncomingHttpHeaders = Object.fromEntries(
            Object.entries(response.headers).filter(([name]) => !added.has(name)),
          );
          resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe(`the server's node:http listener on ${target}`, () => {
  let server: TestServer;
  let people: Record<'seller' | 'anna', string>;
  let questionId: string;
  let attachmentUrl: string;
  /** The listener main.ts serves, and the paths of the GETs it handed the backend itself. */
  let ours: { port: number; close: () => Promise<void> };
  const direct: string[] = [];
  /** node-server alone, before the listener: every request through the app's `fetch`. */
  let nodeServer: { port: number; close: () => Promise<void> };

  before(async () => {
    ({ server, people, questionId, attachmentUrl } = await startServerWithPhoto(origin));
    ours = await listen(
      nodeListener({
        fetch: server.handle,
        backendGet: server.backendGet,
        answer: (request, env, path) => {
          direct.push(path);
          return server.answer(request, env, path);
        },
      }),
    );
    nodeServer = await listen(getRequestListener(server.handle));
  });
  after(async () => {
    await ours.close();
    await nodeServer.close();
    await server.close();
  });

  const bearer = (token: string) => `Bearer ${token}`;

  it('answers every kind of request as node-server alone does: status, headers and bytes', async () => {
    const cases: [string, { method?: string; headers?: OutgoingHttpHeaders }, boolean][] = [
      // [path, request, whether the listener hands it to the backend itself]
      [
        '/api/v1/questions?sort=due',
        {
          headers: {
            Authorization: bearer(people.seller),
            Origin: origin,
            'Accept-Encoding': 'br',
          },
        },
        true,
      ],
      [
        `/api/v1/questions/${questionId}`,
        { headers: { Authorization: bearer(people.seller), Origin: origin } },
        true,
      ],
      [
        `/api/v1/questions/${questionId}`,
        { headers: { Authorization: bearer(people.seller), 'Accept-Encoding': 'gzip, br' } },
        true,
      ],
      [
        '/api/v1/config',
        { headers: { Authorization: bearer(people.anna), 'Accept-Encoding': 'gzip' } },
        true,
      ],
      [
        '/api/v1/questions/q-none',
        { headers: { Authorization: bearer(people.seller), Origin: origin } },
        true,
      ],
      ['/api/v1/questions', { headers: { Origin: 'https://other.example' } }, true],
      ['/api/v1/no-such-thing', { headers: { Authorization: bearer(people.seller) } }, true],
      // Two tokens: a fetch Headers joins them, and neither is valid as such.
      [
        `/api/v1/questions/${questionId}`,
        { headers: { Authorization: [bearer(people.seller), bearer(people.anna)] } },
        true,
      ],
      // A route's own answer: an attachment's bytes, never compressed.
      [
        attachmentUrl,
        {
          headers: { Authorization: bearer(people.anna), Origin: origin, 'Accept-Encoding': 'br' },
        },
        true,
      ],
      // Paths the URL parser changes: the fetch side decides on what it makes of them.
      [
        '/api/v1/questions/..%2F..%2Fetc%2Fpasswd',
        { headers: { Authorization: bearer(people.seller) } },
        false,
      ],
      [
        `/api/v1/./questions/${questionId}`,
        { headers: { Authorization: bearer(people.seller) } },
        false,
      ],
      [
        `/api/v1//questions/${questionId}`,
        { headers: { Authorization: bearer(people.seller) } },
        false,
      ],
      // HEAD, the server's own routes, outside the API, a preflight, a write.
      [
        `/api/v1/questions/${questionId}`,
        { method: 'HEAD', headers: { Authorization: bearer(people.seller) } },
        false,
      ],
      ['/api/v1/webhook-endpoints', { headers: { Authorization: bearer(people.seller) } }, false],
      ['/api/v1/me/email-preferences', { headers: { Authorization: bearer(people.anna) } }, false],
      ['/healthz', {}, false],
      [
        '/api/v1/questions',
        {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        },
        false,
      ],
      [
        `/api/v1/questions/${questionId}/read`,
        {
          method: 'POST',
          headers: {
            Authorization: bearer(people.seller),
            'Idempotency-Key': 'each',
            'Content-Length': '0',
          },
        },
        false,
      ],
    ];
    for (const [path, init, taken] of cases) {
      // Each write with a key of its own: the same key would be answered as a replay.
      const keyed = (headers: OutgoingHttpHeaders | undefined) =>
        headers?.['Idempotency-Key'] ? { ...headers, 'Idempotency-Key': randomUUID() } : headers;
      const before = direct.length;
      const mine = await send(ours.port, path, { ...init, headers: keyed(init.headers) });
      assert.equal(direct.length - before, taken ? 1 : 0, `${path}: the lane`);
      const theirs = await send(nodeServer.port, path, { ...init, headers: keyed(init.headers) });
      const label = `${init.method ?? 'GET'} ${path}`;
      assert.equal(mine.status, theirs.status, `${label}: the status`);
      assert.deepEqual(mine.headers, theirs.headers, `${label}: the headers`);
      assert.deepEqual(mine.body, theirs.body, `${label}: the body`);
    }
  });

  it('answers the backend’s GETs with what the client needs to read them', async () => {
    const question = await send(ours.port, `/api/v1/questions/${questionId}`, {
      headers: { Authorization: bearer(people.seller), Origin: origin, 'Accept-Encoding': 'br' },
    });
    assert.equal(question.status, 200);
    assert.equal(question.headers['content-type'], 'application/json');
    assert.equal(question.headers['access-control-allow-origin'], origin);
    assert.equal(Number(question.headers['content-length']), question.body.length);
    const text =
      question.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(question.body).toString()
        : question.body.toString();
    assert.equal((JSON.parse(text) as { id: string }).id, questionId);
    // Refused, with a problem the client reads: no token, or two.
    const twoTokens = await send(ours.port, `/api/v1/questions/${questionId}`, {
      headers: { Authorization: [bearer(people.seller), bearer(people.seller)] },
    });
    assert.equal(twoTokens.status, 401);
    assert.equal(twoTokens.headers['content-type'], 'application/problem+json');
    assert.equal(
      (JSON.parse(twoTokens.body.toString()) as { code: string }).code,
      'unauthenticated',
    );
    // The configuration again with its ETag: 304, no body.
    const config = await send(ours.port, '/api/v1/config', {
      headers: { Authorization: bearer(people.anna) },
    });
    const etag = config.headers.etag as string;
    assert.ok(etag);
    const again = await send(ours.port, '/api/v1/config', {
      headers: { Authorization: bearer(people.anna), 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('limits clients without a token on its own lane too', async () => {
    const limited = await startServer({
      rateLimit: { perMinute: 60, burst: 10, ipPerMinute: 60, ipBurst: 2 },
    });
    const served = await listen(limited.listener());
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await send(served.port, '/api/v1/questions?sort=due')).status);
      }
      // Without a token: 401 twice from this client, then 429 with its wait.
      assert.deepEqual(statuses, [401, 401, 429]);
      const refused = await send(served.port, '/api/v1/config');
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers['retry-after']) > 0);
    } finally {
      await served.close();
      await limited.close();
    }
  });

  it('answers 500 when an answer cannot be written, and goes on serving', async () => {
    const errors: unknown[] = [];
    let next: () => Promise<Response> = () => Promise.reject(new Error('lost'));
    const served = await listen(
      nodeListener(
        {
          fetch: server.handle,
          backendGet: () => true,
          answer: () => next(),
        },
        { onError: (error) => errors.push(error) },
      ),
    );
    try {
      const rejected = await send(served.port, '/api/v1/questions');
      assert.equal(rejected.status, 500);
      assert.equal(rejected.headers['content-type'], 'application/problem+json');
      assert.equal((JSON.parse(rejected.body.toString()) as { code: string }).code, 'server_error');
      // A header node:http refuses to send (a line break in its value).
      next = () => Promise.resolve(partsResponse(200, { 'X-Note': 'one\ntwo' }, '{}'));
      const refused = await send(served.port, '/api/v1/questions');
      assert.equal(refused.status, 500);
      assert.equal(errors.length, 2);
      assert.equal((errors[1] as { code?: string }).code, 'ERR_INVALID_CHAR');
      next = () =>
        Promise.resolve(partsResponse(200, { 'Content-Type': 'application/json' }, '{"ok":1}'));
      const fine = await send(served.port, '/api/v1/questions');
      assert.equal(fine.status, 200);
      assert.equal(fine.body.toString(), '{"ok":1}');
    } finally {
      await served.close();
    }
  });
});

// The server's log line per request (server/src/app.ts): method, path, status and time, for the
// backend's answers, the server's own routes, preflights and errors alike; never a token, a
// query string or what a body said.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import sharp from 'sharp';
import { PEOPLE, startServer, target, type TestServer, upload } from './support/server.js';

interface Line {
  msg: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  /** A failed request's id, in its failure's line and its own. */
  request?: string;
}

describe(`the request log on ${target}`, () => {
  let server: TestServer;
  let seller: string;
  const written: string[] = [];
  const requests = () =>
    written.map((line) => JSON.parse(line) as Line).filter((line) => line.msg === 'request');

  before(async () => {
    server = await startServer({
      logger: pino({ level: 'info' }, { write: (line: string) => void written.push(line) }),
      corsOrigins: ['https://shop.example'],
    });
    seller = await server.token(PEOPLE.seller);
  });
  after(async () => {
    await server.close();
  });

  it('writes one line per request with its method, path, status and time, and nothing else', async () => {
    const list = await server.fetch('/api/v1/questions?sort=due', { token: seller });
    assert.equal(list.status, 200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    const id = items[0]!.id;
    written.length = 0;

    const sent = 'Please ship it in the blue box, my door code is 4711';
    const answers = [
      await server.fetch(`/api/v1/questions/${id}`, { token: seller }),
      await server.fetch(`/api/v1/questions/${id}/messages`, {
        method: 'POST',
        token: seller,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: sent, language: 'en' }),
      }),
      await server.fetch('/api/v1/questions?sort=due&q=private+words', {
        token: seller,
        headers: { Origin: 'https://shop.example', 'Accept-Encoding': 'br' },
      }),
      await server.fetch('/api/v1/questions', {
        method: 'OPTIONS',
        headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
      }),
      await server.fetch('/api/v1/questions/..%2Fetc', { token: seller }),
      await server.fetch('/api/v1/questions', { token: 'forged.token.value' }),
      await server.fetch('/healthz'),
      await server.fetch('/nowhere'),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 201, 200, 204, 404, 401, 200, 404],
    );
    const lines = requests();
    assert.deepEqual(
      lines.map(({ method, path, status }) => ({ method, path, status })),
      [
        { method: 'GET', path: `/api/v1/questions/${id}`, status: 200 },
        { method: 'POST', path: `/api/v1/questions/${id}/messages`, status: 201 },
        { method: 'GET', path: '/api/v1/questions', status: 200 },
        { method: 'OPTIONS', path: '/api/v1/questions', status: 204 },
        { method: 'GET', path: '/api/v1/questions/..%2Fetc', status: 404 },
        { method: 'GET', path: '/api/v1/questions', status: 401 },
        { method: 'GET', path: '/healthz', status: 200 },
        { method: 'GET', path: '/nowhere', status: 404 },
      ],
    );
    for (const line of lines) assert.equal(typeof line.ms, 'number');
    const text = written.join('\n');
    for (const secret of [seller, 'forged.token.value', 'private', 'blue box', '4711']) {
      assert.equal(text.includes(secret), false, `the log holds ${secret}`);
    }
  });

  it("logs an error the backend did not expect by its name, code and frames, never by its statement's values", async () => {
    const list = await server.fetch('/api/v1/questions?sort=due', { token: seller });
    const { items } = (await list.json()) as { items: { id: string }[] };
    const detail = await server.fetch(`/api/v1/questions/${items[0]!.id}`, { token: seller });
    const earlier = ((await detail.json()) as { messages: { text: string }[] }).messages[0]!.text;
    // A constraint the backend does not know of: its insert fails in the database, whose error
    // quotes the row (PostgreSQL's detail) or the statement's parameters (PGlite's).
    await server.db.query(
      "ALTER TABLE messages ADD CONSTRAINT test_no_4712 CHECK (data->>'text' NOT LIKE '%4712%')",
    );
    const printed: unknown[][] = [];
    const print = console.error;
    console.error = (...args: unknown[]) => void printed.push(args);
    written.length = 0;
    try {
      const sent = 'My IBAN is DE89 3704 0044 0532 0130 00, the door code 4712';
      const response = await server.fetch(`/api/v1/questions/${items[0]!.id}/messages`, {
        method: 'POST',
        token: seller,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: sent, language: 'en' }),
      });
      assert.equal(response.status, 500);
      assert.equal(((await response.json()) as { code: string }).code, 'server_error');
    } finally {
      console.error = print;
      await server.db.query('ALTER TABLE messages DROP CONSTRAINT test_no_4712');
    }
    assert.deepEqual(printed, [], 'nothing printed beside the log');
    const failed = written
      .map((line) => JSON.parse(line) as Line & { err: { code?: string; at?: string[] } })
      .filter((line) => line.msg === 'backend failed');
    assert.equal(failed.length, 1);
    const { err, request } = failed[0]!;
    assert.equal(err.code, '23514');
    assert.ok((err.at ?? []).length > 0, 'where it was thrown');
    // Its request's own line carries the same id, and no other line does.
    assert.match(request ?? '', /^\d+-\d+$/);
    const lines = written.map((line) => JSON.parse(line) as Line);
    assert.deepEqual(
      lines
        .filter((line) => line.request === request)
        .map(({ msg, method, status }) => ({ msg, method, status })),
      [
        { msg: 'backend failed', method: undefined, status: undefined },
        { msg: 'request', method: 'POST', status: 500 },
      ],
    );
    assert.equal(lines.filter((line) => line.msg === 'request' && line.request).length, 1);
    const text = written.join('\n');
    for (const secret of ['DE89', '4712', earlier.slice(0, 24), seller]) {
      assert.equal(text.includes(secret), false, `the log holds ${secret}`);
    }
  });

  it("writes an attachment's id shortened: whoever has the id may fetch the photo", async () => {
    // Found by an outside operator run: the log held every photo's full id.
    const photo = await sharp({
      create: { width: 16, height: 16, channels: 3, background: { r: 10, g: 20, b: 30 } },
    })
      .png()
      .toBuffer();
    const uploaded = await upload(server, seller, { bytes: photo, name: 'seam.png' });
    assert.equal(uploaded.status, 201);
    const { id } = (await uploaded.json()) as { id: string };
    written.length = 0;
    const content = `/api/v1/attachments/${id}/content`;
    assert.equal((await server.fetch(content)).status, 200);
    assert.equal((await server.fetch(content, { method: 'HEAD' })).status, 200);
    assert.equal((await server.fetch(`/api/v1/attachments/${id}x/content`)).status, 404);
    const short = `/api/v1/attachments/${id.slice(0, 6)}…/content`;
    assert.deepEqual(
      requests().map(({ method, path, status }) => ({ method, path, status })),
      [
        { method: 'GET', path: short, status: 200 },
        { method: 'HEAD', path: short, status: 200 },
        { method: 'GET', path: short, status: 404 },
      ],
    );
    assert.equal(written.join('\n').includes(id), false);
  });

  it('writes no request lines below the info level', async () => {
    const quiet: string[] = [];
    const other = await startServer({
      logger: pino({ level: 'warn' }, { write: (line: string) => void quiet.push(line) }),
    });
    try {
      const token = await other.token(PEOPLE.seller);
      assert.equal((await other.fetch('/api/v1/questions', { token })).status, 200);
      assert.equal((await other.fetch('/healthz')).status, 200);
      assert.deepEqual(quiet, []);
    } finally {
      await other.close();
    }
  });
});

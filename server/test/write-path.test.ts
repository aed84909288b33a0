// The write path's round trips to the database: a write's rows (question, message, obligations,
// feed, events) and its idempotency record go in one statement, so a new message costs the
// server few socket round trips. What is written must be what the separate statements wrote.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { createVerifier } from '../src/auth.js';
import type { Database, Sql } from '../src/db.js';
import { startTestServer, type TestServer } from '../src/testing.js';

const databaseUrl = process.env['TEST_DATABASE_URL'] || undefined;
const target = databaseUrl ? 'PostgreSQL' : 'PGlite';

describe(`the write path on ${target}`, () => {
  let server: TestServer;
  let handle: ReturnType<typeof createApp>['fetch'];
  /** Statements of the transactions the app ran, one list per transaction. */
  let transactions: string[][] = [];
  let seller: string;
  let anna: string;

  /** The database, noting every statement run in a transaction. */
  const recording = (db: Database): Database => ({
    kind: db.kind,
    query: (text, params) => db.query(text, params),
    close: () => db.close(),
    limitWaits: (ms) => {
      db.limitWaits(ms);
    },
    transaction: (work) =>
      db.transaction((sql: Sql) => {
        const statements: string[] = [];
        transactions.push(statements);
        return work({
          query: (text, params) => {
            statements.push(text.replace(/\s+/g, ' '));
            return sql.query(text, params);
          },
        });
      }),
  });

  const post = (path: string, token: string, key: string, body: unknown) =>
    handle(
      new Request(`http://localhost/api/v1${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify(body),
      }),
    );
  const count = async (table: string, where: string, params: unknown[]) => {
    const [row] = await server.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${table} WHERE ${where}`,
      params,
    );
    return row!.n;
  };

  before(async () => {
    server = await startTestServer({ databaseUrl });
    handle = createApp({
      db: recording(server.db),
      basePath: '/api/v1',
      verify: createVerifier({ secret: server.secret, audience: server.audience }),
      logger: pino({ level: 'silent' }),
    }).fetch;
    seller = await server.token({ role: 'seller', id: 'seller-1', shopId: 's-1' });
    anna = await server.token({ role: 'buyer', id: 'b-anna' });
  });
  after(async () => {
    await server.close();
  });

  it('writes a new message, its question, feed entry, event and stored answer in one statement', async () => {
    const [question] = await server.db.query<{ id: string }>(
      `SELECT id FROM questions WHERE shop_id = 's-1' AND data->>'handler' = 'seller'
         AND status IN ('awaiting_seller', 'awaiting_buyer') ORDER BY id LIMIT 1`,
    );
    assert.ok(question, 'the seed has an open question of shop s-1');
    const changesBefore = await count('changes', 'question_id = $1', [question.id]);
    const eventsBefore = await count('events', 'question_id = $1', [question.id]);
    transactions = [];
    const sent = await post(`/questions/${question.id}/messages`, seller, 'write-path-0001', {
      text: 'It ships tomorrow morning from our warehouse.',
      language: 'en',
    });
    assert.equal(sent.status, 201);
    // The answer is the question as it is now; its last message the one sent.
    const answered = (await sent.json()) as { messages: { id: string }[] };
    const message = answered.messages.at(-1)!;
    assert.equal(transactions.length, 1);
    const [statements] = transactions as [string[]];
    // The viewer, the key, the lock, the question with its buyer and product, its order's lock
    // (when it has one), and the writes.
    assert.ok(statements.length <= 6, statements.join('\n'));
    const writes = statements.filter((text) => /INSERT INTO messages/.test(text));
    assert.equal(writes.length, 1);
    for (const part of ['UPDATE questions', 'INSERT INTO changes', 'UPDATE idempotency']) {
      assert.ok(writes[0]!.includes(part), `${part} in the write statement`);
    }
    // What the separate statements wrote, all there.
    assert.equal(
      await count('messages', 'id = $1 AND question_id = $2', [message.id, question.id]),
      1,
    );
    assert.equal(await count('changes', 'question_id = $1', [question.id]), changesBefore + 1);
    assert.ok((await count('events', 'question_id = $1', [question.id])) > eventsBefore);
    const detail = await server.fetch(`/api/v1/questions/${question.id}`, { token: seller });
    const shown = (await detail.json()) as { messages: { id: string }[]; status: string };
    assert.equal(shown.messages.at(-1)!.id, message.id);
    assert.equal(shown.status, 'awaiting_buyer');
    // The stored answer: the same key again is replayed, not written twice.
    const again = await post(`/questions/${question.id}/messages`, seller, 'write-path-0001', {
      text: 'It ships tomorrow morning from our warehouse.',
      language: 'en',
    });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    const replayed = (await again.json()) as { messages: { id: string }[] };
    assert.equal(replayed.messages.at(-1)!.id, message.id);
    assert.equal(await count('messages', 'question_id = $1', [question.id]), shown.messages.length);
  });

  it('writes a new question with its first message in one statement (the message’s key checked at its end)', async () => {
    transactions = [];
    const created = await post('/questions', anna, 'write-path-0002', {
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      text: 'Do you deliver to the Canary Islands?',
      language: 'en',
    });
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: string };
    const statements = transactions.flat();
    const insert = statements.filter((text) => /INSERT INTO questions/.test(text));
    assert.equal(insert.length, 1);
    assert.ok(insert[0]!.includes('INSERT INTO messages'));
    assert.equal(await count('messages', 'question_id = $1', [id]), 1);
    const list = await server.fetch('/api/v1/questions?sort=-updated&limit=5', { token: anna });
    const items = ((await list.json()) as { items: { id: string }[] }).items;
    assert.ok(items.some((item) => item.id === id));
  });

  it('writes nothing when a write is refused after its checks (an upload that is not there)', async () => {
    const [question] = await server.db.query<{ id: string; messages: number }>(
      `SELECT q.id, (SELECT count(*)::integer FROM messages m WHERE m.question_id = q.id) AS messages
       FROM questions q WHERE buyer_id = 'b-anna' AND data->>'handler' = 'seller'
         AND status IN ('awaiting_seller', 'awaiting_buyer') ORDER BY id LIMIT 1`,
    );
    assert.ok(question);
    const changesBefore = await count('changes', 'question_id = $1', [question.id]);
    const refused = await post(`/questions/${question.id}/messages`, anna, 'write-path-0003', {
      text: 'Here is the photo.',
      language: 'en',
      attachmentIds: ['a_AAAAAAAAAAAAAAAAAAAAAA'],
    });
    assert.equal(refused.status, 422);
    assert.equal(await count('messages', 'question_id = $1', [question.id]), question.messages);
    assert.equal(await count('changes', 'question_id = $1', [question.id]), changesBefore);
    assert.equal(await count('idempotency', 'key = $1', ['write-path-0003']), 0);
  });
});

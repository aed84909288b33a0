// The server prepares its statements by name (db.ts), so PostgreSQL parses each once per
// connection. It also keeps one plan for each (a generic plan) after five executions, but only
// when it prices that plan no higher than the plans it made for the values; otherwise it plans
// the statement again at every execution, which cost a list 0.2 ms of PostgreSQL's CPU, twice
// the time the list's own execution takes. Two forms did that: a column of the late questions'
// ids (`ARRAY(… ORDER BY reply_due_at LIMIT 500)`, priced for a third of the awaited questions)
// in every read, and `id = ANY($1)` for one id (priced for ten) in every write.
// And a search's plan: the questions' search texts through their trigram index (migration 028).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildSeedState } from '../../src/mocks/seed.js';
import { seedBench } from '../scripts/bench-seed.js';
import { openDatabase } from '../src/db.js';
import { runDueClocks } from '../src/sql-store.js';
import {
  databaseUrl,
  listStatementDuring,
  startServer,
  target,
  type TestServer,
} from './support/server.js';

interface PlanCount {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

describe(`prepared statements on ${target}`, () => {
  let server: TestServer | undefined;

  before(async () => {
    if (!databaseUrl) return;
    // One connection: every statement of the requests below, and the check, on one session.
    server = await startServer({ poolSize: 1, seed: false });
    // Plans are priced from the tables' statistics: a marketplace's worth of questions (the
    // demo's seed is too small for any plan to cost much), with the notices due given.
    // Seeded on a connection of its own, so that the server's session holds the requests' only.
    const db = await openDatabase({ url: server.databaseUrl, poolSize: 2 });
    const size = { questions: 20_000, shops: 200, buyers: 4_000, productsPerShop: 20 };
    await seedBench(db, size, buildSeedState({ baseUrl: '/api/v1' }), new Date());
    await db.query('ANALYZE');
    while ((await runDueClocks(db, { baseUrl: '/api/v1', now: () => new Date() })).claimed);
    await db.close();
  });
  after(async () => {
    await server?.close();
  });

  it(
    'settle on one plan for the reads and writes a seller and a buyer repeat',
    {
      skip: !databaseUrl && 'PGlite prepares no statements by name',
    },
    async () => {
      const running = server;
      assert.ok(running);
      const [question] = await running.db.query<{ id: string; shop: string; buyer: string }>(
        `SELECT id, shop_id AS shop, buyer_id AS buyer FROM questions
       WHERE shop_id = 'shop-1' AND order_id IS NOT NULL AND data->>'handler' = 'seller'
         AND status IN ('awaiting_seller', 'awaiting_buyer')
       ORDER BY id LIMIT 1`,
      );
      assert.ok(question, 'the seed has a question about an order that shop-1 handles');
      const seller = await running.token({ role: 'seller', id: 'seller-1', shopId: question.shop });
      const anna = await running.token({ role: 'buyer', id: question.buyer });
      const send = async (token: string, method: string, path: string, body?: unknown) => {
        const response = await running.fetch(`/api/v1${path}`, {
          method,
          token,
          ...(body === undefined
            ? {}
            : {
                headers: {
                  'Content-Type': 'application/json',
                  'Idempotency-Key': crypto.randomUUID(),
                },
                body: JSON.stringify(body),
              }),
        });
        await response.arrayBuffer();
        return response.status;
      };
      const lists = [
        'sort=due&limit=50',
        'sort=due&limit=50&status=awaiting_seller',
        'sort=-updated&limit=50&status=awaiting_buyer&status=resolved',
        'sort=due&limit=50&category=after_sale',
        'sort=due&limit=50&unread=true',
      ];
      for (let round = 0; round < 8; round++) {
        for (const query of lists)
          assert.equal(await send(seller, 'GET', `/questions?${query}`), 200);
        assert.equal(await send(anna, 'GET', '/questions?sort=-updated&limit=20'), 200);
        assert.equal(await send(seller, 'GET', `/questions/${question.id}`), 200);
        assert.equal(await send(anna, 'GET', `/questions/${question.id}`), 200);
        const thread: string = `/questions/${question.id}/messages`;
        assert.equal(
          await send(seller, 'POST', thread, { text: 'It ships tomorrow.', language: 'en' }),
          201,
        );
        assert.equal(
          await send(anna, 'POST', thread, { text: 'Can I pick it up?', language: 'en' }),
          201,
        );
      }
      const counts = await running.db.query<PlanCount>(
        `SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements
       WHERE generic_plans + custom_plans >= 8`,
      );
      const shown = (row: PlanCount) =>
        `${row.custom_plans} custom plans, ${row.generic_plans} generic: ${row.statement
          .replace(/\s+/g, ' ')
          .slice(0, 160)}`;
      // The requests above ran each of these at least 8 times.
      for (const [what, pattern] of [
        ['a list', /FROM question_tallies/],
        ['a filtered list', /seller_unread = \$/],
        ['a question', /jsonb_build_object\(\s*'messages'/],
        [
          'the start of a write',
          /AS start_viewer[\s\S]*\(SELECT data FROM config WHERE id = 1\) AS config/,
        ],
        ["a write's lock", /FOR UPDATE/],
        ["a write's statement", /^WITH w0 AS/],
      ] as const) {
        assert.ok(
          counts.some((row) => pattern.test(row.statement)),
          `${what} among the statements run 8 times or more:\n${counts.map(shown).join('\n')}`,
        );
      }
      // PostgreSQL makes 5 custom plans before it compares; one planned again each time has more.
      const replanned = counts.filter((row) => row.custom_plans > 5);
      assert.deepEqual(replanned.map(shown), []);
    },
  );

  it(
    'plans a search for its pattern each time, however often it runs',
    { skip: !databaseUrl && 'PGlite prepares no statements by name' },
    async () => {
      const running = server;
      assert.ok(running);
      const seller = await running.token({ role: 'seller', id: 'seller-1', shopId: 'shop-1' });
      // A word in most texts, a word in few, a needle without trigrams: PostgreSQL's one plan
      // for any pattern (made after 5 runs of one prepared statement) is priced for few
      // matches, and took 0.8 s for a word in most texts of a large shop.
      for (let round = 0; round < 8; round++) {
        for (const query of ['', '&q=the', '&q=tracking', '&q=zz']) {
          const response = await running.fetch(`/api/v1/questions?limit=50${query}`, {
            token: seller,
          });
          assert.equal(response.status, 200);
          await response.arrayBuffer();
        }
      }
      const prepared = await running.db.query<PlanCount>(
        'SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements',
      );
      // The list without a search is prepared by name, as the session's other statements; the
      // searches are not, so each run is planned for its pattern. (The connection may also hold
      // the seed's statements that fill question_search: those are not a search.)
      assert.ok(prepared.some((row) => /FROM question_tallies/.test(row.statement)));
      assert.deepEqual(
        prepared
          .filter((row) => /FROM question_search s\b/.test(row.statement))
          .map((row) => row.statement),
        [],
      );
    },
  );

  it(
    "searches the questions' texts through their trigram index, without reading messages",
    { skip: !databaseUrl && 'on PostgreSQL, with its planner' },
    async () => {
      const running = server;
      assert.ok(running);
      const [shop] = await running.db.query<{ shop: string; n: number }>(
        'SELECT shop_id AS shop, count(*)::integer AS n FROM questions GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
      );
      const token = await running.token({
        role: 'seller',
        id: shop!.shop.replace('shop-', 'seller-'),
        shopId: shop!.shop,
      });
      const list = await listStatementDuring(running.db, async () => {
        const response = await running.fetch('/api/v1/questions?limit=50&q=tracking', { token });
        assert.equal(response.status, 200);
      });
      assert.ok(list, 'the list statement');
      const plan = (
        await running.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${list.text}`, list.params)
      )
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      // The texts kept for the search (migration 028) through their trigram index: no other
      // table is read (the statement before it read every shop's messages, buyers, products and
      // orders in hashed subplans).
      assert.doesNotMatch(plan, / on (messages|buyers|products|orders)\b/, plan);
      assert.match(plan, /Bitmap Index Scan on question_search_trigrams\b/, plan);
    },
  );
});

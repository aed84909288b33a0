// Upgrading a database: one made by the first migrations (up to 002) takes every later one in
// name order, the list entries (003), unread flags (013) and the clock's next times (014) are
// filled at start, and they are what a database made new holds for the same questions.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { migrate, openDatabase, splitStatements, type Database } from '../src/db.js';
import { fillQuestionEntries } from '../src/sql-store.js';
import {
  countedTallies,
  databaseUrl,
  emptyDatabase,
  startServer,
  tallies,
  target,
  type TestServer,
} from './support/server.js';

const migration = (name: string) =>
  readFile(new URL(`../migrations/${name}`, import.meta.url), 'utf8');

interface EntryRow {
  id: string;
  seller: string;
  buyer: string;
  seller_unread: boolean;
  buyer_unread: boolean;
  clock_at: Date | null;
}

const entries = (db: Database) =>
  db.query<EntryRow>(
    `SELECT id, COALESCE(seller_entry, seller_entry_large)::text AS seller,
       COALESCE(buyer_entry, buyer_entry_large)::text AS buyer, seller_unread, buyer_unread,
       clock_at
     FROM questions ORDER BY id`,
  );

describe(`migrations on ${target}`, () => {
  let server: TestServer;
  let old: Database;
  let closeOld: () => Promise<void>;

  before(async () => {
    server = await startServer();
    ({ db: old, close: closeOld } = await emptyDatabase());
  });
  after(async () => {
    await closeOld();
    await server.close();
  });

  it('upgrades a database at 002 with its questions, as if it had been made new', async () => {
    await old.query(
      'CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    for (const name of ['001_init.sql', '002_awaiting_by_category.sql']) {
      for (const statement of splitStatements(await migration(name))) await old.query(statement);
      await old.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    }
    // The demo's rows, copied into the columns 001 has.
    const copy = async (table: string, columns: string) => {
      const rows = await server.db.query(`SELECT ${columns} FROM ${table}`);
      const names = columns.split(', ');
      for (const row of rows) {
        await old.query(
          `INSERT INTO ${table} (${columns}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
          names.map((name) => {
            const value = row[name];
            return value !== null && typeof value === 'object' && !(value instanceof Date)
              ? JSON.stringify(value)
              : value;
          }),
        );
      }
      return rows.length;
    };
    await copy('config', 'id, data');
    await copy('shops', 'id, data');
    await copy('buyers', 'id, data');
    await copy('products', 'id, shop_id, data');
    await copy('orders', 'id, shop_id, buyer_id, placed_at, data');
    const questions = await copy(
      'questions',
      'id, shop_id, buyer_id, product_id, order_id, category, topic, status, reply_due_at, created_at, updated_at, data',
    );
    await copy('messages', 'id, question_id, position, created_at, rated_at, data');
    assert.ok(questions > 20);
    // Two stored answers of idempotency keys, as jsonb kept them: one with a body, one without.
    for (const [key, status, body] of [
      ['key-with-body', 201, '{"id":"q_1","b":[1,2]}'],
      ['key-without', 204, 'null'],
    ] as const) {
      await old.query(
        `INSERT INTO idempotency (viewer_id, method, path, key, fingerprint, status, body)
         VALUES ('b-anna', 'POST', '/api/v1/questions', $1, 'f', $2, $3::jsonb)`,
        [key, status, body],
      );
    }

    assert.deepEqual(await migrate(old), [
      '003_list_entries.sql',
      '010_template_shop.sql',
      '011_retention.sql',
      '012_questions_newest.sql',
      '013_list_unread.sql',
      '014_clock.sql',
      '015_obligations_due.sql',
      '016_platform_agents.sql',
      '018_translations.sql',
      '020_webhooks.sql',
      '021_email.sql',
      '023_products_by_shop.sql',
      '024_public_answers.sql',
      '025_outbox_retention.sql',
      '026_object_storage.sql',
      '027_question_tallies.sql',
      '028_question_search.sql',
      '029_question_search_names.sql',
      '030_rate_buckets.sql',
      '031_idempotency_body_text.sql',
      '032_email_cursor_mailing.sql',
      '033_question_search_folded.sql',
    ]);
    // An outbox without mails: the server had not been mailing (032).
    assert.deepEqual(await old.query('SELECT mailing FROM email_cursor'), [{ mailing: false }]);
    // The stored answers as text (031): jsonb's text of the body, and no body as NULL.
    assert.deepEqual(await old.query('SELECT key, body FROM idempotency ORDER BY key'), [
      { key: 'key-with-body', body: '{"b": [1, 2], "id": "q_1"}' },
      { key: 'key-without', body: null },
    ]);
    // Each shop's count per category and status (027), made from the questions there were.
    assert.deepEqual(await tallies(old), await countedTallies(old));
    assert.equal(
      (await tallies(old)).reduce((sum, row) => sum + row.n, 0),
      questions,
    );
    // The texts a search reads (028), as a new database's triggers wrote them: each question's
    // own, and each of its messages'.
    const searchRows = (db: Database) =>
      db.query<{ question_id: string; source: string; shop_id: string; search: string }>(
        'SELECT question_id, source, shop_id, search FROM question_search ORDER BY 1, 2',
      );
    const rows = await searchRows(old);
    assert.equal(rows.filter((row) => row.source === '').length, questions);
    assert.ok(rows.length > questions * 2);
    assert.deepEqual(rows, await searchRows(server.db));
    assert.equal(await fillQuestionEntries(old, '/api/v1'), questions);
    const upgraded = await entries(old);
    assert.deepEqual(upgraded, await entries(server.db));
    // Both sides' flags are filled, and some questions are unread for the seller, some not.
    assert.ok(upgraded.every((row) => typeof row.seller_unread === 'boolean'));
    assert.ok(upgraded.every((row) => typeof row.buyer_unread === 'boolean'));
    // The clock's next times too (014): running clocks have one, the others none.
    assert.ok(upgraded.some((row) => row.clock_at !== null));
    assert.ok(upgraded.some((row) => row.clock_at === null));
    assert.deepEqual(new Set(upgraded.map((row) => row.seller_unread)), new Set([true, false]));
    assert.ok(
      upgraded.every(
        (row) =>
          row.seller_unread ===
          (
            JSON.parse(row.seller) as EntryRow & {
              unread: boolean;
            }
          ).unread,
      ),
    );
  });

  it("lists a seller's unread questions newest first from the newest-first index alone", async () => {
    // The demo's few rows would be read from the table and sorted; the plan is asked for as
    // if there were many.
    const text = await server.db.transaction(async (sql) => {
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
        await sql.query(`SET LOCAL ${setting} = off`);
      }
      const plan = await sql.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT seller_entry FROM questions
         WHERE shop_id = 's-1' AND seller_unread = true
         ORDER BY created_at DESC, id DESC LIMIT 20`,
      );
      return plan.map((row) => row['QUERY PLAN']).join('\n');
    });
    assert.match(text, /Index Only Scan using questions_shop_created/);
    assert.doesNotMatch(text, /Sort/);
  });

  it("lists the platform's queue across shops, recently updated first, from its partial index alone", async () => {
    const text = await server.db.transaction(async (sql) => {
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) {
        await sql.query(`SET LOCAL ${setting} = off`);
      }
      const plan = await sql.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT seller_entry FROM questions q
         WHERE TRUE AND q.status = ANY(ARRAY['awaiting_platform']::text[])
           AND q.status = 'awaiting_platform'
         ORDER BY updated_at DESC, id DESC LIMIT 20`,
      );
      return plan.map((row) => row['QUERY PLAN']).join('\n');
    });
    assert.match(text, /Index Only Scan using questions_platform_updated/);
    assert.doesNotMatch(text, /Sort/);
  });
});

describe(`two processes migrating one new database at once (${target})`, () => {
  it(
    'applies each migration once, and neither process fails',
    // PGlite is one process's database: nothing else can start beside it.
    { skip: databaseUrl ? false : 'needs TEST_DATABASE_URL' },
    async () => {
      const files = (await readdir(new URL('../migrations/', import.meta.url)))
        .filter((name) => name.endsWith('.sql'))
        .sort();
      // Three new databases: the race on the first table failed every time before it was locked.
      for (let round = 0; round < 3; round++) {
        const fresh = await emptyDatabase(2);
        const other = await openDatabase({ url: fresh.url, poolSize: 2 });
        try {
          const [first, second] = await Promise.all([migrate(fresh.db), migrate(other)]);
          assert.deepEqual([...first, ...second].sort(), files, `round ${round + 1}`);
          const rows = await fresh.db.query<{ name: string }>(
            'SELECT name FROM schema_migrations ORDER BY name',
          );
          assert.deepEqual(
            rows.map((row) => row.name),
            files,
          );
        } finally {
          await other.close();
          await fresh.close();
        }
      }
    },
  );
});

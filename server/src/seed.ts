// Fills an empty database with a state built by the mock's seed (src/mocks/seed.ts): the demo's
// shop, buyers, products, orders, questions and templates, so the server shows what the
// in-browser demo shows. `reset` empties the tables first.
import type { BackendState } from '../../src/backend/state.js';
import { searchTextOf } from '../../src/domain/public-answers.js';
import type { Database, Sql } from './db.js';

const TABLES = [
  'webhook_deliveries',
  'webhook_endpoints',
  'email_outbox',
  'email_digest_items',
  'email_preferences',
  'events',
  'idempotency',
  'changes',
  'obligations',
  'messages',
  'public_answers',
  'questions',
  'attachments',
  'orders',
  'products',
  'templates',
  'phrases',
  'sellers',
  'platform_agents',
  'buyers',
  'shops',
  'config',
];

export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM config WHERE id = 1');
  return rows.length > 0;
}

export async function clearAll(sql: Sql): Promise<void> {
  // Uploads kept in object storage go with their rows: the purge deletes the objects. The lock
  // waits for uploads committing meanwhile, so each one's key is copied here.
  await sql.query('LOCK TABLE attachments IN SHARE ROW EXCLUSIVE MODE');
  await sql.query(
    `INSERT INTO object_sweep (key, due_at)
     SELECT object_key, now() FROM attachments WHERE object_key IS NOT NULL
     ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at`,
  );
  await sql.query(`TRUNCATE ${TABLES.join(', ')}`);
}

/** Inserts a whole state; rows are sent in batches of jsonb arrays. */
export async function insertState(sql: Sql, state: BackendState): Promise<void> {
  const batch = async (table: string, columns: string, select: string, rows: unknown[]) => {
    for (let start = 0; start < rows.length; start += 2000) {
      await sql.query(
        `INSERT INTO ${table} (${columns}) SELECT ${select} FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(rows.slice(start, start + 2000))],
      );
    }
  };
  await sql.query('INSERT INTO config (id, data) VALUES (1, $1)', [JSON.stringify(state.config)]);
  const shops = [state.shop, ...(state.shops ?? [])];
  const sellers = [state.seller, ...(state.sellers ?? [])];
  await batch('shops', 'id, data', "r->>'id', r", shops);
  await batch('sellers', 'id, shop_id, data', "r->>'id', r->>'shopId', r", sellers);
  await batch('buyers', 'id, data', "r->>'id', r", state.buyers);
  await batch('platform_agents', 'id, data', "r->>'id', r", state.agents ?? []);
  await batch('products', 'id, shop_id, data', "r->>'id', r->>'shopId', r", state.products);
  await batch(
    'orders',
    'id, shop_id, buyer_id, placed_at, data',
    "r->>'id', r->>'shopId', r->'buyer'->>'id', (r->>'placedAt')::timestamptz, r",
    state.orders,
  );
  await batch(
    'questions',
    'id, shop_id, buyer_id, product_id, order_id, category, topic, status, reply_due_at, created_at, updated_at, data',
    `r->>'id', r->>'shopId', r->>'buyerId', r->>'productId', r->>'orderId', r->>'category',
     r->>'topic', r->>'status', (r->>'replyDueAt')::timestamptz, (r->>'createdAt')::timestamptz,
     (r->>'updatedAt')::timestamptz, r - 'messages' - 'obligations'`,
    state.questions,
  );
  await batch(
    'messages',
    'id, question_id, position, created_at, rated_at, data',
    `r->'m'->>'id', r->>'q', (r->>'p')::integer, (r->'m'->>'createdAt')::timestamptz,
     (r->'m'->'rating'->>'createdAt')::timestamptz, r->'m'`,
    state.questions.flatMap((question) =>
      question.messages.map((message, position) => ({ q: question.id, p: position, m: message })),
    ),
  );
  await batch(
    'obligations',
    'question_id, position, shop_id, requested_at, due_at, answered_at',
    `r->>'q', (r->>'p')::integer, r->>'s', (r->'o'->>'requestedAt')::timestamptz,
     (r->'o'->>'dueAt')::timestamptz, (r->'o'->>'answeredAt')::timestamptz`,
    state.questions.flatMap((question) =>
      question.obligations.map((obligation, position) => ({
        q: question.id,
        p: position,
        s: question.shopId,
        o: obligation,
      })),
    ),
  );
  // Published answers: the product page's copy (migration 024), searched as the store keeps it.
  await batch(
    'public_answers',
    'question_id, id, product_id, published_at, search_text, data',
    `r->>'q', r->'d'->>'id', r->>'p', (r->'d'->>'publishedAt')::timestamptz, r->>'s', r->'d'`,
    state.questions.flatMap((question) =>
      question.publication && question.productId
        ? [
            {
              q: question.id,
              p: question.productId,
              s: searchTextOf(question.publication.question, question.publication.answer),
              d: question.publication,
            },
          ]
        : [],
    ),
  );
  for (const [id, stored] of Object.entries(state.attachments)) {
    await sql.query('INSERT INTO attachments (id, owner_id, data, bytes) VALUES ($1, $2, $3, $4)', [
      id,
      stored.ownerId,
      JSON.stringify(stored.attachment),
      Buffer.from(stored.base64, 'base64'),
    ]);
  }
  // The seed's photos are in its messages: attached, never purged.
  await sql.query(
    `UPDATE attachments a SET attached_at = a.created_at
     WHERE EXISTS (SELECT 1 FROM messages m
       WHERE m.data->'attachments' @> jsonb_build_array(jsonb_build_object('id', a.id)))`,
  );
  await batch(
    'templates',
    'id, shop_id, topic, language, data',
    "r->>'id', r->>'shopId', r->>'topic', r->>'language', r - 'shopId'",
    // The mock's seller templates without a shop are its one shop's.
    state.templates.map((template) =>
      template.source === 'seller' && !template.shopId
        ? { ...template, shopId: state.shop.id }
        : template,
    ),
  );
  await batch('phrases', 'data', 'r', state.phrasebook);
  // The clock's notices given while the seed's history was replayed.
  const events = state.events ?? [];
  if (events.length > 0) {
    await sql.query(
      `INSERT INTO events (id, type, question_id, shop_id, payload, created_at)
       SELECT nextval('events_seq'), e.value->>'type', e.value->>'questionId', e.value->>'shopId',
         e.value->'payload', (e.value->>'createdAt')::timestamptz
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e (value, n) ORDER BY e.n`,
      [JSON.stringify(events)],
    );
  }
  // Email starts after the seed's history too: the seed's events are not mailed.
  await sql.query(
    `INSERT INTO email_cursor (id, event_id) SELECT 1, coalesce(max(id), 0) FROM events
     ON CONFLICT (id) DO UPDATE SET event_id = EXCLUDED.event_id`,
  );
  // The feed starts after the seed's history.
  const latest = state.changes.at(-1)?.seq ?? 0;
  await sql.query("SELECT setval('changes_seq', $1::bigint, $2)", [
    Math.max(latest, 1),
    latest > 0,
  ]);
}

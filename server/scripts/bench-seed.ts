// The benchmark's data: many shops, buyers, products, orders, questions and messages, built in
// SQL (generate_series) with the same columns and the same `data` jsonb the server writes
// (server/src/seed.ts and SqlStore.save), plus the demo's config, templates and phrases.
import type { BackendState } from '../../src/backend/state.js';
import type { Database } from '../src/db.js';
import { fillQuestionEntries } from '../src/sql-store.js';

export interface BenchSize {
  questions: number;
  shops: number;
  buyers: number;
  /** Products per shop. */
  productsPerShop: number;
}

/** ISO 8601 with milliseconds, as JavaScript's toISOString() writes it (inline: fast). */
const iso = (t: string) => `to_char((${t}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One row per question with everything the other tables derive from it. Shops are skewed
 * (shop 1 has about 3 % of all questions, the smallest about 0.05 %); 20 % of the questions
 * await the seller (a running clock, a third of those late, except after-sales ones, which
 * platform customer service would take over when late), the rest have a stopped clock.
 */
const STAGE = `CREATE TEMP TABLE bq ON COMMIT DROP AS
WITH base AS (
  SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
    random() AS r6
  FROM generate_series(1, $1::integer) AS i
), shaped AS (
  SELECT i, r5, r6,
    1 + least($2::integer - 1, floor($2::integer * r1 * r1)::integer) AS shop,
    1 + least($3::integer - 1, floor($3::integer * r2)::integer) AS buyer,
    CASE WHEN r3 < 0.4 THEN 'pre_sale' WHEN r3 < 0.7 THEN 'order_service' ELSE 'after_sale' END
      AS category,
    CASE WHEN r3 < 0.3 THEN 'product' WHEN r3 < 0.4 THEN 'shop'
      WHEN r3 < 0.7 THEN (ARRAY['change_item', 'remove_item', 'change_address', 'order_status',
        'tracking'])[1 + i % 5]
      ELSE (ARRAY['return_refund', 'item_defective', 'item_damaged', 'item_missing'])[1 + i % 4]
    END AS topic,
    CASE WHEN r4 < 0.20 THEN 'awaiting_seller' WHEN r4 < 0.40 THEN 'awaiting_buyer'
      WHEN r4 < 0.48 THEN 'awaiting_platform' WHEN r4 < 0.78 THEN 'resolved' ELSE 'closed'
    END AS status,
    3 + i % 5 AS n,
    make_interval(secs => floor(3600 + r6 * 72000)) AS step
  FROM base
), timed AS (
  SELECT *,
    date_trunc('milliseconds', CASE
      WHEN status = 'awaiting_seller' AND category = 'after_sale'
        THEN $4::timestamptz - r5 * interval '40 hours'
      WHEN status = 'awaiting_seller' THEN $4::timestamptz - r5 * interval '72 hours'
      ELSE $4::timestamptz - interval '1 hour' - r5 * interval '60 days'
    END) AS last_at,
    CASE WHEN status = 'awaiting_platform' THEN 'platform' ELSE 'seller' END AS handler,
    CASE WHEN topic = 'product' THEN 'p-' || shop || '-' || (1 + i % $5::integer) END
      AS product_id,
    CASE WHEN category <> 'pre_sale' THEN 'o-' || i END AS order_id
  FROM shaped
)
SELECT *, last_at - (n - 1) * step AS created_at,
  CASE WHEN status = 'awaiting_seller' THEN last_at + interval '48 hours' END AS due,
  status = 'resolved' AND i % 3 = 0 AS rated
FROM timed`;

const COUNTRIES = `(ARRAY['DE', 'FR', 'PL', 'SE', 'GB', 'NL', 'AT'])`;
const LANGUAGES = `(ARRAY['de', 'fr', 'pl', 'sv', 'en', 'nl', 'de'])`;

const SHOPS = `INSERT INTO shops (id, data)
SELECT 'shop-' || k, jsonb_build_object('id', 'shop-' || k, 'name', 'Shop ' || k, 'language', 'en')
FROM generate_series(1, $1::integer) AS k`;

const SELLERS = `INSERT INTO sellers (id, shop_id, data)
SELECT 'seller-' || k, 'shop-' || k, jsonb_build_object('id', 'seller-' || k,
  'name', 'Seller ' || k, 'shopId', 'shop-' || k, 'country', 'DE', 'language', 'en')
FROM generate_series(1, $1::integer) AS k`;

const BUYERS = `INSERT INTO buyers (id, data)
SELECT 'b-' || k, jsonb_build_object('id', 'b-' || k, 'name', 'Buyer ' || k,
  'country', ${COUNTRIES}[1 + k % 7], 'language', ${LANGUAGES}[1 + k % 7])
FROM generate_series(1, $1::integer) AS k`;

const PRODUCTS = `INSERT INTO products (id, shop_id, data)
SELECT 'p-' || s || '-' || k, 'shop-' || s, jsonb_build_object('id', 'p-' || s || '-' || k,
  'shopId', 'shop-' || s, 'name', 'Product ' || k || ' of shop ' || s,
  'imageUrl', '/api/v1/_mock/pictures/p-0' || (1 + k % 9) || '.svg',
  'price', jsonb_build_object('amountMinor', 990 + 100 * k, 'currency', 'EUR'))
FROM generate_series(1, $1::integer) AS s, generate_series(1, $2::integer) AS k`;

const ORDERS = `INSERT INTO orders (id, shop_id, buyer_id, placed_at, data)
SELECT 'o-' || q.i, 'shop-' || q.shop, b.id, q.created_at - interval '3 days',
  jsonb_build_object('id', 'o-' || q.i, 'number', 'SQ-' || q.i, 'buyer', b.data,
    'shopId', 'shop-' || q.shop, 'status', o.status,
    'placedAt', ${iso(`q.created_at - interval '3 days'`)},
    'items', jsonb_build_array(jsonb_build_object('id', 'o-' || q.i || '-1',
      'productId', 'p-' || q.shop || '-' || (1 + q.i % $1::integer),
      'title', 'Product ' || (1 + q.i % $1::integer) || ' of shop ' || q.shop,
      'quantity', 2, 'unitPrice', jsonb_build_object('amountMinor', 2990, 'currency', 'EUR'))),
    'total', jsonb_build_object('amountMinor', 5980, 'currency', 'EUR'),
    'shippingAddress', jsonb_build_object('name', b.data->>'name', 'line1', 'Hauptstraße ' || q.i,
      'postalCode', '10' || lpad((q.i % 1000)::text, 3, '0'), 'city', 'Berlin',
      'country', b.data->>'country'),
    'sellerFunded', false, 'refunded', '[]'::jsonb)
  || CASE WHEN o.status = 'delivered'
       THEN jsonb_build_object('deliveredAt', ${iso(`q.created_at - interval '1 day'`)})
       ELSE '{}'::jsonb END
FROM bq q
JOIN buyers b ON b.id = 'b-' || q.buyer
CROSS JOIN LATERAL (SELECT CASE WHEN q.category = 'after_sale' THEN 'delivered'
  WHEN q.topic IN ('order_status', 'tracking') THEN 'shipped' ELSE 'processing' END AS status) o
WHERE q.order_id IS NOT NULL`;

const QUESTIONS = `INSERT INTO questions (id, shop_id, buyer_id, product_id, order_id, category, topic,
  status, reply_due_at, created_at, updated_at, data)
SELECT 'q-' || i, 'shop-' || shop, 'b-' || buyer, product_id, order_id, category, topic, status,
  due, created_at, last_at,
  jsonb_build_object('id', 'q-' || i, 'shopId', 'shop-' || shop, 'category', category,
    'topic', topic, 'buyerId', 'b-' || buyer,
    'items', CASE WHEN topic IN ('return_refund', 'item_defective', 'item_damaged', 'item_missing',
        'change_item', 'remove_item')
      THEN jsonb_build_array(jsonb_build_object('itemId', order_id || '-1', 'quantity', 1))
      ELSE '[]'::jsonb END,
    'status', status, 'handler', handler, 'replyDueAt', ${iso(`due`)},
    'createdAt', ${iso(`created_at`)}, 'updatedAt', ${iso(`last_at`)}, 'version', n,
    'refunds', '[]'::jsonb,
    'readAt', jsonb_build_object(
      'buyer', ${iso(`CASE WHEN status IN ('awaiting_seller', 'awaiting_platform')
        THEN last_at ELSE last_at - step END`)},
      'seller', ${iso(`CASE WHEN status = 'awaiting_seller' THEN created_at ELSE last_at END`)}))
  || CASE WHEN product_id IS NOT NULL THEN jsonb_build_object('productId', product_id)
       ELSE '{}'::jsonb END
  || CASE WHEN order_id IS NOT NULL THEN jsonb_build_object('orderId', order_id)
       ELSE '{}'::jsonb END
  || CASE topic
       WHEN 'product' THEN jsonb_build_object('details', jsonb_build_object('subject',
         (ARRAY['size', 'colour', 'material'])[1 + i % 3]))
       WHEN 'change_item' THEN jsonb_build_object('details',
         jsonb_build_object('change', 'Size L instead of M, please.'))
       WHEN 'change_address' THEN jsonb_build_object('details', jsonb_build_object('address',
         jsonb_build_object('name', 'Buyer ' || buyer, 'line1', 'Neue Straße 1',
           'postalCode', '10115', 'city', 'Berlin', 'country', 'DE')))
       ELSE '{}'::jsonb END
FROM bq`;

/** Buyer and seller take turns; the last message matches the status. */
const MESSAGES = `INSERT INTO messages (id, question_id, position, created_at, rated_at, data)
SELECT 'm-' || q.i || '-' || m.p, 'q-' || q.i, m.p, m.at,
  CASE WHEN m.rating THEN q.last_at END,
  jsonb_build_object('id', 'm-' || q.i || '-' || m.p, 'createdAt', ${iso(`m.at`)},
    'author', m.author,
    'authorName', CASE m.author WHEN 'buyer' THEN 'Buyer ' || q.buyer
      WHEN 'seller' THEN 'Seller ' || q.shop ELSE '' END,
    'text', CASE m.author
      WHEN 'buyer' THEN 'Question ' || q.i || ', message ' || m.p
        || ': does this come in a larger size, and could it still arrive before the weekend?'
      WHEN 'seller' THEN 'Thank you for asking! Yes, we have it in L and XL; orders placed '
        || 'before 2 pm leave the same day and usually arrive within two working days.'
      ELSE '' END,
    'language', 'en', 'attachments', '[]'::jsonb)
  || CASE WHEN m.author = 'system' THEN jsonb_build_object('event',
       CASE q.status WHEN 'resolved' THEN jsonb_build_object('type', 'resolved')
         ELSE jsonb_build_object('type', 'closed', 'reason', 'No further messages for 7 days.') END)
       ELSE '{}'::jsonb END
  || CASE WHEN m.rating THEN jsonb_build_object('rating', jsonb_build_object('satisfied',
       q.i % 4 <> 0, 'createdAt', ${iso(`q.last_at`)}, 'comment', 'Quick and helpful.'))
       ELSE '{}'::jsonb END
FROM bq q
CROSS JOIN LATERAL (
  SELECT p, q.created_at + p * q.step AS at,
    CASE
      WHEN p = q.n - 1 AND q.status IN ('awaiting_seller', 'awaiting_platform') THEN 'buyer'
      WHEN p = q.n - 1 AND q.status = 'awaiting_buyer' THEN 'seller'
      WHEN p = q.n - 1 THEN 'system'
      WHEN p = q.n - 2 AND q.status = 'resolved' THEN 'seller'
      WHEN p % 2 = 0 THEN 'buyer' ELSE 'seller' END AS author,
    q.rated AND p = q.n - 2 AS rating
  FROM generate_series(0, q.n - 1) AS p
) m`;

/** Every seller-handled question had one answered obligation; awaited ones have an open one. */
const OBLIGATIONS = `INSERT INTO obligations (question_id, position, shop_id, requested_at, due_at,
  answered_at)
SELECT 'q-' || i, 0, 'shop-' || shop, created_at, created_at + interval '48 hours',
  created_at + step
FROM bq WHERE handler = 'seller'
UNION ALL
SELECT 'q-' || i, 1, 'shop-' || shop, last_at, due, NULL FROM bq WHERE status = 'awaiting_seller'`;

/** Seeds an empty, migrated database; returns the row counts. */
export async function seedBench(
  db: Database,
  size: BenchSize,
  demo: BackendState,
  now: Date,
): Promise<Record<string, number>> {
  await db.transaction(async (sql) => {
    await sql.query('INSERT INTO config (id, data) VALUES (1, $1)', [JSON.stringify(demo.config)]);
    await sql.query(
      `INSERT INTO templates (id, topic, language, data)
       SELECT r->>'id', r->>'topic', r->>'language', r FROM jsonb_array_elements($1::jsonb) AS r`,
      [JSON.stringify(demo.templates)],
    );
    await sql.query(
      'INSERT INTO phrases (data) SELECT r FROM jsonb_array_elements($1::jsonb) AS r',
      [JSON.stringify(demo.phrasebook)],
    );
    await sql.query("SELECT setval('changes_seq', 1, false)");
    // The rows are consistent by construction: no foreign-key triggers for each of them.
    await sql.query("SET LOCAL session_replication_role = 'replica'");
    await sql.query('SELECT setseed(0.4242)');
    await sql.query(STAGE, [
      size.questions,
      size.shops,
      size.buyers,
      now.toISOString(),
      size.productsPerShop,
    ]);
    await sql.query(SHOPS, [size.shops]);
    await sql.query(SELLERS, [size.shops]);
    await sql.query(BUYERS, [size.buyers]);
    await sql.query(PRODUCTS, [size.shops, size.productsPerShop]);
    await sql.query(ORDERS, [size.productsPerShop]);
    await sql.query(QUESTIONS);
    // The tallies' triggers (migration 027) are off with the foreign keys' ones: counted here.
    await sql.query(
      `INSERT INTO question_tallies (shop_id, category, status, n)
       SELECT shop_id, category, status, count(*)::integer FROM questions
       GROUP BY shop_id, category, status`,
    );
    await sql.query(MESSAGES);
    await sql.query(OBLIGATIONS);
    // So are the search texts' (migration 028).
    await sql.query(
      `INSERT INTO question_search (question_id, source, shop_id, search)
       SELECT q.id, '', q.shop_id, question_search_head(q) FROM questions q`,
    );
    await sql.query(
      `INSERT INTO question_search (question_id, source, shop_id, search)
       SELECT m.question_id, m.id, q.shop_id, question_search_message(m)
       FROM messages m JOIN questions q ON q.id = m.question_id`,
    );
  });
  // The questions' list entries, as a server fills them when it starts (migration 003).
  await fillQuestionEntries(db, '/api/v1');
  await db.query('VACUUM ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'shops',
    'sellers',
    'buyers',
    'products',
    'orders',
    'questions',
    'messages',
    'obligations',
    'templates',
  ]) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

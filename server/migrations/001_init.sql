-- The reference server's tables. Each record keeps its API shape in `data` (jsonb), so what the
-- server answers is exactly what the shared backend code built; the columns beside it are what
-- lists, filters, the clock and the change feed search by.

CREATE TABLE config (
  id integer PRIMARY KEY CHECK (id = 1),
  data jsonb NOT NULL
);

CREATE TABLE shops (
  id text PRIMARY KEY,
  data jsonb NOT NULL
);

CREATE TABLE sellers (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops (id),
  data jsonb NOT NULL
);

CREATE TABLE buyers (
  id text PRIMARY KEY,
  data jsonb NOT NULL
);

CREATE TABLE products (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops (id),
  data jsonb NOT NULL
);

CREATE TABLE orders (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops (id),
  buyer_id text NOT NULL REFERENCES buyers (id),
  placed_at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX orders_by_buyer ON orders (buyer_id, placed_at DESC, id);
CREATE INDEX orders_by_shop ON orders (shop_id, placed_at DESC, id);

CREATE TABLE questions (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops (id),
  buyer_id text NOT NULL REFERENCES buyers (id),
  product_id text,
  order_id text,
  category text NOT NULL,
  topic text NOT NULL,
  status text NOT NULL,
  reply_due_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- The record without its messages and obligations.
  data jsonb NOT NULL
);
-- A seller's list by response time (running clocks first, soonest due first), and by update.
CREATE INDEX questions_shop_due ON questions (shop_id, (reply_due_at IS NULL), reply_due_at, updated_at DESC, id);
CREATE INDEX questions_shop_updated ON questions (shop_id, updated_at DESC, id DESC);
CREATE INDEX questions_shop_status ON questions (shop_id, status);
CREATE INDEX questions_buyer_updated ON questions (buyer_id, updated_at DESC, id DESC);
CREATE INDEX questions_product ON questions (product_id) WHERE product_id IS NOT NULL;
CREATE INDEX questions_order ON questions (order_id) WHERE order_id IS NOT NULL;
-- The clock: replies still awaited, by due time.
CREATE INDEX questions_awaiting_due ON questions (reply_due_at) WHERE status = 'awaiting_seller';

CREATE TABLE messages (
  id text PRIMARY KEY,
  question_id text NOT NULL REFERENCES questions (id),
  position integer NOT NULL,
  created_at timestamptz NOT NULL,
  rated_at timestamptz,
  data jsonb NOT NULL,
  UNIQUE (question_id, position)
);
CREATE INDEX messages_rated ON messages (rated_at) WHERE rated_at IS NOT NULL;

CREATE TABLE obligations (
  question_id text NOT NULL REFERENCES questions (id),
  position integer NOT NULL,
  shop_id text NOT NULL,
  requested_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  answered_at timestamptz,
  PRIMARY KEY (question_id, position)
);
CREATE INDEX obligations_shop_requested ON obligations (shop_id, requested_at);

CREATE TABLE attachments (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  data jsonb NOT NULL,
  -- In the database, not on one machine's disk: every server process can serve every photo.
  bytes bytea NOT NULL
);

CREATE TABLE templates (
  id text PRIMARY KEY,
  topic text NOT NULL,
  language text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX templates_topic ON templates (topic);

-- Phrases known in several languages (the demo's seed data).
CREATE TABLE phrases (
  id serial PRIMARY KEY,
  data jsonb NOT NULL
);

CREATE TABLE changes (
  seq bigint PRIMARY KEY,
  question_id text NOT NULL,
  shop_id text NOT NULL,
  buyer_id text NOT NULL,
  version integer NOT NULL,
  updated_at text NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_shop ON changes (shop_id, seq);
CREATE INDEX changes_buyer ON changes (buyer_id, seq);
CREATE SEQUENCE changes_seq;

CREATE TABLE idempotency (
  viewer_id text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (viewer_id, method, path, key)
);
CREATE INDEX idempotency_created ON idempotency (created_at);

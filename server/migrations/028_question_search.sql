-- The inbox's search (`GET /questions?q=`) matches a question's id, its buyer's name, its
-- product's name, its order's number and its messages' texts and originals (views.ts
-- matchesSearch). Looking those up for each of a shop's questions took ~20–40 µs each: 1.2 s
-- for a shop of 31,711 questions. The texts are now kept in `question_search`, read through a
-- trigram index where PostgreSQL has pg_trgm: for each question one row of its own texts
-- (`source` ''), and one row for each message (`source` the message's id, its text and its
-- original). The parts of a row are joined by U+001F, which no search types. Kept by triggers on
-- `messages` and `questions`, so every write keeps them (the API's, the clock's, the demo's
-- reset, an import, SQL run by hand, a process of the previous version during a rolling
-- deployment). A row per message, not one text per question: a new message adds its own short
-- row, where rewriting the question's whole text (or its row in `questions`) after each message
-- cost a new message 0.8–1.2 ms more of PostgreSQL's CPU. A buyer's, product's or order's new
-- name reaches a question's row when the question names another one, as with the list entries.
CREATE TABLE question_search (
  question_id text NOT NULL,
  source text NOT NULL,
  shop_id text NOT NULL,
  search text NOT NULL,
  PRIMARY KEY (question_id, source)
);
CREATE INDEX question_search_shop ON question_search (shop_id);

-- pg_trgm and btree_gin ship with PostgreSQL (contrib; trusted: a database owner may create
-- them) and with PGlite (loaded by the server). Without them a search reads the shop's texts.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE EXTENSION IF NOT EXISTS btree_gin;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm or btree_gin is not available (%): searches read each text of the shop',
    SQLERRM;
END
$$;

-- A question's own texts.
CREATE FUNCTION question_search_head(questions) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\x1f', $1.id,
    (SELECT b.data->>'name' FROM buyers b WHERE b.id = $1.buyer_id),
    (SELECT p.data->>'name' FROM products p WHERE p.id = $1.product_id),
    (SELECT o.data->>'number' FROM orders o WHERE o.id = $1.order_id))
$$;

-- A message's texts.
CREATE FUNCTION question_search_message(messages) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(E'\x1f', $1.data->>'text', $1.data->'original'->>'text')
$$;

-- Messages added or changed (an upsert fires both), once per statement, in the order of the key.
CREATE FUNCTION question_search_messages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM question_search s USING changed m
    WHERE s.question_id = m.question_id AND s.source = m.id;
  ELSE
    INSERT INTO question_search AS s (question_id, source, shop_id, search)
    SELECT m.question_id, m.id, q.shop_id, question_search_message(m)
    FROM changed m JOIN questions q ON q.id = m.question_id
    ORDER BY m.question_id, m.id
    ON CONFLICT (question_id, source) DO UPDATE SET search = EXCLUDED.search;
  END IF;
  RETURN NULL;
END
$$;

-- Questions added or removed, once per statement.
CREATE FUNCTION question_search_questions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM question_search;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM question_search WHERE question_id IN (SELECT id FROM changed);
  ELSE
    INSERT INTO question_search AS s (question_id, source, shop_id, search)
    SELECT q.id, '', q.shop_id, question_search_head(q) FROM changed q ORDER BY q.id
    ON CONFLICT (question_id, source) DO UPDATE SET shop_id = EXCLUDED.shop_id,
      search = EXCLUDED.search;
  END IF;
  RETURN NULL;
END
$$;

-- A question that moved to another shop or names another buyer, product or order (rare).
CREATE FUNCTION question_search_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE question_search SET shop_id = NEW.shop_id
  WHERE question_id = NEW.id AND shop_id IS DISTINCT FROM NEW.shop_id;
  INSERT INTO question_search AS s (question_id, source, shop_id, search)
  VALUES (NEW.id, '', NEW.shop_id, question_search_head(NEW))
  ON CONFLICT (question_id, source) DO UPDATE SET search = EXCLUDED.search;
  RETURN NULL;
END
$$;

CREATE TRIGGER question_search_messages_insert AFTER INSERT ON messages
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_messages();

CREATE TRIGGER question_search_messages_update AFTER UPDATE ON messages
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_messages();

CREATE TRIGGER question_search_messages_delete AFTER DELETE ON messages
  REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_messages();

CREATE TRIGGER question_search_questions_insert AFTER INSERT ON questions
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_questions();

CREATE TRIGGER question_search_questions_delete AFTER DELETE ON questions
  REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_questions();

CREATE TRIGGER question_search_questions_truncate AFTER TRUNCATE ON questions
  FOR EACH STATEMENT EXECUTE FUNCTION question_search_questions();

CREATE TRIGGER question_search_questions_moved
  AFTER UPDATE OF shop_id, buyer_id, product_id, order_id ON questions
  FOR EACH ROW WHEN (OLD.shop_id IS DISTINCT FROM NEW.shop_id
    OR OLD.buyer_id IS DISTINCT FROM NEW.buyer_id
    OR OLD.product_id IS DISTINCT FROM NEW.product_id OR OLD.order_id IS DISTINCT FROM NEW.order_id)
  EXECUTE FUNCTION question_search_moved();

-- Filled after the triggers exist (they lock `questions` and `messages` against writes until
-- this migration commits: no write of a previous version's process is missed), and indexed
-- once filled.
INSERT INTO question_search (question_id, source, shop_id, search)
SELECT q.id, '', q.shop_id, question_search_head(q) FROM questions q;
INSERT INTO question_search (question_id, source, shop_id, search)
SELECT m.question_id, m.id, q.shop_id, question_search_message(m)
FROM messages m JOIN questions q ON q.id = m.question_id;

DO $$
BEGIN
  -- The shop and the trigrams in one index: a word found in most of the marketplace's texts is
  -- looked up within the shop's entries, not among every shop's.
  IF (SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'btree_gin')) = 2 THEN
    CREATE INDEX question_search_trigrams ON question_search
      USING gin (shop_id, search gin_trgm_ops);
  END IF;
END
$$;

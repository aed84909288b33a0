-- How many questions each shop has in each category and status, for the lists' `total`:
-- counting a shop's questions took a seller's list most of its time in a large shop (0.91 of
-- 1.06 ms for 3,161 questions, and it grows with the shop). Kept by triggers on `questions`, so
-- every write (the API's, the clock's, the demo's reset, SQL run by hand) keeps it, in its own
-- transaction. Each applies its changes in one upsert in the order of shop, category and
-- status: a write that moves a question takes its two tallies' locks in that order, so two
-- writes that move questions between the same statuses in opposite directions wait for each
-- other instead of deadlocking.
CREATE TABLE question_tallies (
  shop_id text NOT NULL,
  category text NOT NULL,
  status text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (shop_id, category, status)
);

-- Questions added (INSERT) or removed (DELETE): each trigger names its rows `changed`.
CREATE FUNCTION question_tallies_add_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO question_tallies AS t (shop_id, category, status, n)
  SELECT shop_id, category, status,
    CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END * count(*)::integer
  FROM changed GROUP BY shop_id, category, status
  ORDER BY shop_id, category, status
  ON CONFLICT (shop_id, category, status) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

-- A question moved to another status (or shop, or category): one row's trigger, and only for
-- such updates (most writes keep all three). Its two tallies in the order of the key.
CREATE FUNCTION question_tallies_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO question_tallies AS t (shop_id, category, status, n)
  SELECT shop_id, category, status, n
  FROM (VALUES (OLD.shop_id, OLD.category, OLD.status, -1),
    (NEW.shop_id, NEW.category, NEW.status, 1)) AS moved (shop_id, category, status, n)
  ORDER BY shop_id, category, status
  ON CONFLICT (shop_id, category, status) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE FUNCTION question_tallies_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM question_tallies;
  RETURN NULL;
END
$$;

CREATE TRIGGER question_tallies_insert AFTER INSERT ON questions
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_tallies_add_remove();

CREATE TRIGGER question_tallies_delete AFTER DELETE ON questions
  REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION question_tallies_add_remove();

CREATE TRIGGER question_tallies_update AFTER UPDATE OF shop_id, category, status ON questions
  FOR EACH ROW WHEN (OLD.shop_id IS DISTINCT FROM NEW.shop_id
    OR OLD.category IS DISTINCT FROM NEW.category OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION question_tallies_move();

CREATE TRIGGER question_tallies_truncate AFTER TRUNCATE ON questions
  FOR EACH STATEMENT EXECUTE FUNCTION question_tallies_truncate();

-- Filled last: creating the triggers locked `questions` against writes until this migration
-- commits, so a process still running the previous version (a rolling deployment) cannot write
-- a question that neither this count nor a trigger sees.
INSERT INTO question_tallies (shop_id, category, status, n)
SELECT shop_id, category, status, count(*)::integer FROM questions
GROUP BY shop_id, category, status;

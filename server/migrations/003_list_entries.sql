-- Each question keeps its list entry for each side beside it: the Question object the API shows
-- the seller and the buyer (views.ts questionView: snippet, messageCount, lastMessageAt, unread,
-- buyer, product, order number), written as JSON text by the write that changed the question, in
-- the same transaction. A list is then one index scan that returns those texts as they are, with
-- no join to messages and no reshaping per request.
--
-- An entry of at most 2,000 bytes is kept in `seller_entry`/`buyer_entry`, which the list indexes
-- carry (a list reads the index alone, not the table); a larger one (long item lists or change
-- descriptions) in `seller_entry_large`/`buyer_entry_large`, read from the table. Exactly one of
-- each pair is set once the server has filled them: rows from before this migration (and rows a
-- seed inserts) are filled by the server at start (fillQuestionEntries in sql-store.ts), through
-- the same code as every write, not by SQL here.
ALTER TABLE questions
  ADD COLUMN seller_entry json,
  ADD COLUMN buyer_entry json,
  ADD COLUMN seller_entry_large json,
  ADD COLUMN buyer_entry_large json;

-- The questions whose entries are still to be filled.
CREATE INDEX questions_entries_missing ON questions (id)
  WHERE seller_entry IS NULL AND seller_entry_large IS NULL;

-- The list orders of 001, now covering: the filters a list applies most and the entry it returns
-- are in the index, so the first page of a seller's list reads a few index pages.
DROP INDEX questions_shop_due;
DROP INDEX questions_shop_updated;
DROP INDEX questions_buyer_updated;
CREATE INDEX questions_shop_due ON questions
  (shop_id, (reply_due_at IS NULL), reply_due_at, updated_at DESC, id)
  INCLUDE (status, category, topic, seller_entry);
CREATE INDEX questions_shop_updated ON questions (shop_id, updated_at DESC, id DESC)
  INCLUDE (status, category, topic, seller_entry);
CREATE INDEX questions_buyer_updated ON questions (buyer_id, updated_at DESC, id DESC)
  INCLUDE (status, category, topic, reply_due_at, buyer_entry);

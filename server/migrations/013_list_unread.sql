-- Lists filtered by unread (GET /questions?unread=true|false) and sorted newest first
-- (sort=-created) read the list indexes alone, like the other lists (migration 003).
--
-- Each question keeps, beside its list entries, whether it is unread for each side (views.ts
-- isUnread, the entry's `unread`), written by the same writes as the entries. Rows whose entries
-- are already filled get it from their entry here; rows still without entries get both when the
-- server fills the entries at start (fillQuestionEntries in sql-store.ts).
ALTER TABLE questions
  ADD COLUMN seller_unread boolean,
  ADD COLUMN buyer_unread boolean;
UPDATE questions SET
    seller_unread = (COALESCE(seller_entry, seller_entry_large)->>'unread')::boolean,
    buyer_unread = (COALESCE(buyer_entry, buyer_entry_large)->>'unread')::boolean
  WHERE seller_entry IS NOT NULL OR seller_entry_large IS NOT NULL;

-- The list indexes of 003 and 012 again, each covering its side's unread flag; the newest-first
-- order of 012 now also carries the entry, like the others.
DROP INDEX questions_shop_due;
DROP INDEX questions_shop_updated;
DROP INDEX questions_buyer_updated;
DROP INDEX questions_shop_created;
CREATE INDEX questions_shop_due ON questions
  (shop_id, (reply_due_at IS NULL), reply_due_at, updated_at DESC, id)
  INCLUDE (status, category, topic, seller_unread, seller_entry);
CREATE INDEX questions_shop_updated ON questions (shop_id, updated_at DESC, id DESC)
  INCLUDE (status, category, topic, seller_unread, seller_entry);
CREATE INDEX questions_shop_created ON questions (shop_id, created_at DESC, id DESC)
  INCLUDE (status, category, topic, seller_unread, seller_entry);
CREATE INDEX questions_buyer_updated ON questions (buyer_id, updated_at DESC, id DESC)
  INCLUDE (status, category, topic, reply_due_at, buyer_unread, buyer_entry);

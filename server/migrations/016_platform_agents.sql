-- Platform customer-service agents (the `platform` role): people like buyers and sellers, known
-- to the server by the catalogue import (`agents`), who work the questions of every shop. A
-- token with `role: platform` names one of them by its `sub`.
CREATE TABLE platform_agents (
  id text PRIMARY KEY,
  data jsonb NOT NULL
);

-- The platform queue (GET /questions?status=awaiting_platform across shops, GET
-- /platform/queue): the questions awaiting platform, in the list orders, carrying what a list
-- returns (the shop side's entry, which agents see). Partial: the queue is a small part of all
-- questions.
CREATE INDEX questions_platform_updated ON questions (updated_at DESC, id DESC)
  INCLUDE (shop_id, category, topic, seller_unread, seller_entry)
  WHERE status = 'awaiting_platform';
CREATE INDEX questions_platform_shop ON questions (shop_id, updated_at DESC, id DESC)
  WHERE status = 'awaiting_platform';

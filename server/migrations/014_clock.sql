-- The clock (server/src/clock.ts): every question keeps when the clock next has something to do
-- on it (`clock_at`: the next SLA warning or the deadline of a reply the seller still owes; null
-- when no clock runs), written by every write through the shared rules (src/backend/commands.ts
-- nextClockAt). The scheduler claims the questions whose time has come with
-- SELECT ... FOR UPDATE SKIP LOCKED, runs the rules on them and writes what happened, with the
-- domain events it gave, in one transaction.
ALTER TABLE questions ADD COLUMN clock_at timestamptz;
CREATE INDEX questions_clock ON questions (clock_at) WHERE clock_at IS NOT NULL;

-- Running clocks from before this migration: the first scheduler run looks at each, gives it
-- the notice it is due (if any) and sets its next time. Rows a seed inserts get theirs when the
-- server fills their list entries (fillQuestionEntries in sql-store.ts).
UPDATE questions SET clock_at = created_at
  WHERE status = 'awaiting_seller' AND reply_due_at IS NOT NULL;

-- Domain events (an outbox), written in the same transaction as the change they report, for
-- webhooks and email to send: question.sla_warning (payload.level warn or urgent),
-- question.late and question.taken_over. Ids are taken in commit order (the insert holds an
-- advisory lock to commit), so a consumer that saw event n has seen every event before it.
CREATE SEQUENCE events_seq;
CREATE TABLE events (
  id bigint PRIMARY KEY,
  type text NOT NULL,
  question_id text NOT NULL,
  shop_id text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX events_question ON events (question_id, id);
CREATE INDEX events_shop ON events (shop_id, id);
CREATE INDEX events_created ON events (created_at);

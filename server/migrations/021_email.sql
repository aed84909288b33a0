-- Email notifications (server/src/email/, docs/server.md "Email").

-- Each person's choices; a person without a row gets every email, new questions at once.
-- `role` and `person_id` name the person as tokens do (buyers, sellers and agents are separate
-- tables whose ids may coincide).
CREATE TABLE email_preferences (
  role text NOT NULL,
  person_id text NOT NULL,
  new_questions text NOT NULL DEFAULT 'immediate' CHECK (new_questions IN ('immediate', 'daily', 'off')),
  deadline_warnings boolean NOT NULL DEFAULT true,
  answers boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (role, person_id)
);

-- The link in the buyer's email to the page of the host shop where the question is
-- (`https://shop.example/orders/{orderId}?question={questionId}`), from the catalogue import.
ALTER TABLE shops ADD COLUMN question_url text;

-- How far the email consumer has read the `events` outbox. One row; a consumer claims it with
-- SELECT ... FOR UPDATE SKIP LOCKED, turns the events after it into mails and moves it in the
-- same transaction, so each event is mailed once however many processes run. It starts at the
-- events that exist now: history is not mailed.
CREATE TABLE email_cursor (
  id integer PRIMARY KEY CHECK (id = 1),
  event_id bigint NOT NULL
);
INSERT INTO email_cursor (id, event_id) SELECT 1, coalesce(max(id), 0) FROM events;

-- Mails to send, rendered in the recipient's language. A sender leases due rows (FOR UPDATE
-- SKIP LOCKED, then `lease_until`) and sends outside any transaction; a refused mail is tried
-- again later (`next_attempt_at`, backing off) until it is given up (`failed`). Once sent or
-- given up, the mail's contents are dropped (`message` null); the row stays as a log.
CREATE TABLE email_outbox (
  id bigserial PRIMARY KEY,
  dedupe text NOT NULL UNIQUE,
  event_id bigint,
  role text NOT NULL,
  person_id text NOT NULL,
  kind text NOT NULL,
  recipient text NOT NULL,
  message jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX email_outbox_created ON email_outbox (created_at);

-- New questions waiting for a seller's daily digest.
CREATE TABLE email_digest_items (
  role text NOT NULL,
  person_id text NOT NULL,
  shop_id text NOT NULL,
  question_id text NOT NULL,
  event_id bigint NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (role, person_id, event_id)
);
CREATE INDEX email_digest_due ON email_digest_items (created_at);

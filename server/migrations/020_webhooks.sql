-- Webhooks (server/src/webhooks.ts): endpoints that receive the domain events of the `events`
-- outbox (014) as signed POSTs (Standard Webhooks), and the log of each event's delivery.
--
-- An endpoint belongs to a shop (a seller's: that shop's events only) or, with no shop, to the
-- platform (every shop's events). `event_types` filters what it receives (null: every type).
-- `last_event_id` is how far the dispatcher has read the outbox for it: events with a higher id
-- become deliveries (an endpoint starts at the newest event when it is made: it receives what
-- happens from then on). The dispatcher claims endpoints and due deliveries with
-- SELECT ... FOR UPDATE SKIP LOCKED, so two server processes never deliver the same attempt.
CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  shop_id text,
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  event_types text[],
  enabled boolean NOT NULL DEFAULT true,
  secret text NOT NULL,
  -- After a rotation the old secret signs too (a second signature) until it expires.
  previous_secret text,
  previous_secret_expires_at timestamptz,
  last_event_id bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX webhook_endpoints_shop ON webhook_endpoints (shop_id, created_at);

-- One event for one endpoint. `message_id` is the `webhook-id` header: the same for every
-- attempt and redelivery (receivers use it to ignore repeats). `body` is what is sent, made
-- when the event is read (the events table may be purged before the last retry).
-- status: pending (an attempt is due at `next_attempt_at`), delivered (a 2xx), failed (no
-- attempt succeeded by `retry_until`). While an attempt is under way, `leased_until` (by the
-- database's own clock: past the attempt's timeout) keeps other processes from taking it; a
-- process that stopped mid-attempt leaves it to be taken again after that.
CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id bigint NOT NULL,
  event_type text NOT NULL,
  message_id text NOT NULL,
  body text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  leased_until timestamptz,
  retry_until timestamptz NOT NULL,
  last_attempt_at timestamptz,
  last_response_code integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
  WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

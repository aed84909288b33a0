-- Retention of the outboxes (server/src/purge.ts): the purge deletes settled webhook deliveries
-- by state and age, a batch at a time, oldest first, and keeps every event a pending delivery
-- still names. These indexes let each batch read only the rows it deletes. (Emails need none:
-- `email_outbox_created` serves, since sent rows go long before given-up ones.)
CREATE INDEX webhook_deliveries_settled ON webhook_deliveries (status, last_attempt_at)
  WHERE status <> 'pending';
CREATE INDEX webhook_deliveries_pending_event ON webhook_deliveries (event_id)
  WHERE status = 'pending';

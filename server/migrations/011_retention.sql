-- Retention (server/src/purge.ts): uploads never attached to a message, idempotency keys and
-- the change feed's history are removed after their retention time.
-- An attachment is attached once a message carries it; uploads without one are purged.
ALTER TABLE attachments ADD COLUMN attached_at timestamptz;
UPDATE attachments a SET attached_at = a.created_at
  WHERE EXISTS (SELECT 1 FROM messages m
    WHERE m.data->'attachments' @> jsonb_build_array(jsonb_build_object('id', a.id)));
CREATE INDEX attachments_unattached ON attachments (created_at) WHERE attached_at IS NULL;
-- The feed is purged by age; a cursor before the highest purged seq is answered 410.
CREATE INDEX changes_at ON changes (at);
CREATE TABLE feed_horizon (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL
);

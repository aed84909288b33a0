-- Uploads' bytes may live in object storage (S3 or compatible, docs/server.md): a row then
-- names its object instead of carrying the bytes. Rows written before keep their bytes.
ALTER TABLE attachments ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE attachments ADD COLUMN object_key text;
-- NOT VALID: the rows there already hold bytes and no key (no scan under the table's lock).
ALTER TABLE attachments ADD CONSTRAINT attachments_bytes_or_object
  CHECK ((bytes IS NULL) <> (object_key IS NULL)) NOT VALID;

-- Objects to delete once `due_at` has passed, unless their key is removed from here first. An
-- upload's key is written here (due in a day) before its put, and removed in the transaction
-- that records the attachment: a put whose transaction never commits (a refused request, a
-- crash) leaves an object that the purge deletes; the purge skips a key that a row names. A
-- purged attachment's key is due at once.
CREATE TABLE object_sweep (
  key text PRIMARY KEY,
  due_at timestamptz NOT NULL
);
CREATE INDEX object_sweep_due ON object_sweep (due_at);
CREATE UNIQUE INDEX attachments_object_key ON attachments (object_key) WHERE object_key IS NOT NULL;

-- Rate limits shared between the processes on one database (server/src/rate-limit.ts): each
-- process counts the tokens it hands out and, every RATE_LIMIT_SHARE_SECONDS, adds them to the
-- bucket here and takes back what the bucket holds now. A bucket is named by its kind and a hash
-- of the viewer or the client address, never the id or the address itself. Unlogged: a crash
-- of the database empties it, and every bucket starts full again, as after a restart.
CREATE UNLOGGED TABLE rate_buckets (
  bucket text PRIMARY KEY,
  tokens double precision NOT NULL,
  at timestamptz NOT NULL
);

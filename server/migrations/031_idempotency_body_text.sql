-- A stored response is kept as the JSON text that was sent, so that a replay is the same bytes
-- (jsonb kept the values, but put the keys in its own order). The rows already stored keep
-- jsonb's text of them; a response without a body (JSON null) is NULL.
ALTER TABLE idempotency ALTER COLUMN body TYPE text
  USING CASE WHEN body = 'null'::jsonb THEN NULL ELSE body::text END;

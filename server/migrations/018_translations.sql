-- Translations made by the configured provider (POST /translations), kept so that the same
-- text viewed again in the same language costs no call to the provider. Keyed by a SHA-256 of
-- the text (the original is in its message; it is not copied here), the source language as
-- asked ('' when the provider detected it), the target language and the provider.
-- `created_at` lets the purge remove old entries (TRANSLATION_CACHE_DAYS).
CREATE TABLE translations (
  text_hash text NOT NULL,
  source text NOT NULL,
  target text NOT NULL,
  provider text NOT NULL,
  translated text NOT NULL,
  detected text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (text_hash, source, target, provider)
);
CREATE INDEX translations_created ON translations (created_at);

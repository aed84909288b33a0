-- The search sets accents and case aside: "Lindstrom" finds "Lindström", "siobhan" "Siobhán"
-- (src/domain/question-search.ts foldForSearch, the rule the mock and the inbox's own search
-- follow). The texts in `question_search` (migration 028) are kept folded by that rule, and a
-- search's needle comes folded by foldForSearch: a plain LIKE through the trigram index then
-- compares them, as ILIKE did before. Folded once when written, not at each search: a search
-- that folded the texts it reads could not use the index.
--
-- PGlite ships no `unaccent` (PostgreSQL's contrib has it), and unaccent's rules are a file of
-- the server's, not ours to keep equal to the mock's: the steps are spelt out with functions
-- both have. `normalize` needs a UTF-8 database (PGlite's is). `lower` follows the database's
-- locale: a UTF-8 one (PGlite's, C.UTF-8 or en_US.UTF-8 on PostgreSQL) lower-cases every
-- script; the locale "C" lower-cases A-Z only (docs/server.md, "Accents and case"), which
-- folding the accents first keeps right for the Latin letters.
--
-- Writes to the search texts wait until this migration commits (a process of the previous
-- version during a rolling deployment): one that wrote before is in the texts folded below, one
-- after writes with the functions below.
LOCK TABLE question_search IN SHARE MODE;

-- The same steps as foldForSearch, in its order: NFD, without U+0300-U+036F, lower case, the
-- letters NFD leaves whole, NFC.
CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT normalize(
    replace(replace(replace(
      translate(lower(regexp_replace(normalize($1, NFD), '[\u0300-\u036f]', '', 'g')),
        'øłđıς', 'oldiσ'),
      'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'),
    NFC)
$$;

-- A question's own texts, folded.
CREATE OR REPLACE FUNCTION question_search_head(questions) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT search_fold(concat_ws(E'\x1f', $1.id,
    (SELECT b.data->>'name' FROM buyers b WHERE b.id = $1.buyer_id),
    (SELECT p.data->>'name' FROM products p WHERE p.id = $1.product_id),
    (SELECT o.data->>'number' FROM orders o WHERE o.id = $1.order_id)))
$$;

-- A message's texts, folded.
CREATE OR REPLACE FUNCTION question_search_message(messages) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT search_fold(concat_ws(E'\x1f', $1.data->>'text', $1.data->'original'->>'text'))
$$;

-- The texts there are, folded in place (folding the joined parts is folding each: the separator
-- U+001F is neither a letter nor a mark).
UPDATE question_search SET search = search_fold(search);

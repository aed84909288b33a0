-- Published answers (POST /questions/{id}/publication, GET /products/{id}/public-answers).
-- The publication itself lives in the question's record (questions.data->'publication'); this
-- table is what a product page reads and searches, kept by the store in the same transaction.
--
-- search_text: the published question's and answer's words, lower case, without accents, each
-- with a space before it (src/domain/public-answers.ts searchTextOf). A search term matches
-- where ' ' || term occurs: the same rule, written once in the domain, as the mock's store.
-- Not PostgreSQL's full-text search: it needs a configuration per language (stemming differs,
-- and one answer is read by buyers of ten languages), and a buyer still typing "line" must
-- find "linen" already. A product has tens of published answers, not millions: they are read
-- by the product (the index below) and the terms checked on those rows.
CREATE TABLE public_answers (
  question_id text PRIMARY KEY REFERENCES questions (id),
  id text NOT NULL UNIQUE,
  product_id text NOT NULL,
  published_at timestamptz NOT NULL,
  search_text text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX public_answers_product ON public_answers (product_id, published_at DESC, (id COLLATE "C"));

-- A seller's list sorted newest first (GET /questions?sort=-created): read from this index in
-- order, a page at a time, instead of sorting every question of the shop (90,000 questions of
-- one shop on PostgreSQL 15: a page of 200 in 0.15 ms from the index, 76 ms without it).
-- Buyers' lists are short (their own questions, found by questions_buyer_updated).
CREATE INDEX questions_shop_created ON questions (shop_id, created_at DESC, id DESC);

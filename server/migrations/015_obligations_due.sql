-- Seller metrics count every reply the seller owed whose time to answer overlaps the window
-- (src/domain/metrics.ts): requested in it, or due in it (a question never answered stays in the
-- window by its due date). The metrics query selects a shop's obligations by due time.
CREATE INDEX obligations_shop_due ON obligations (shop_id, due_at);

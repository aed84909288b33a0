-- A shop's products by name (GET /shops/{shopId}/products, the inbox's product filter): the
-- order the list is read in, so a page of a large catalogue is read from the index.
CREATE INDEX products_by_shop_name ON products (shop_id, (lower(data->>'name') COLLATE "C"), id);

-- Templates belong to a shop: a seller sees the platform's official templates (no shop) and
-- their own shop's, never another shop's. Seller templates written before this migration
-- belong to the only shop when there is exactly one; with several shops they stay without a
-- shop, shown to nobody, until the operator sets their shop_id.
ALTER TABLE templates ADD COLUMN shop_id text REFERENCES shops (id);
UPDATE templates SET shop_id = (SELECT min(id) FROM shops)
  WHERE data->>'source' = 'seller' AND (SELECT count(*) FROM shops) = 1;
CREATE INDEX templates_shop_topic ON templates (shop_id, topic, id);
DROP INDEX templates_topic;

-- A buyer's or product's new name, or an order's new number (an import replaces the record, or
-- SQL run by hand), reaches the search texts of its questions (migration 028) at once, as the
-- mock's search (views.ts matchesSearch) reads the names there are now.
CREATE FUNCTION question_search_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A statement for each table, so that each finds its questions by its own index.
  IF TG_TABLE_NAME = 'buyers' THEN
    UPDATE question_search s SET search = question_search_head(q) FROM questions q
    WHERE q.buyer_id = NEW.id AND s.question_id = q.id AND s.source = '';
  ELSIF TG_TABLE_NAME = 'products' THEN
    UPDATE question_search s SET search = question_search_head(q) FROM questions q
    WHERE q.product_id = NEW.id AND s.question_id = q.id AND s.source = '';
  ELSE
    UPDATE question_search s SET search = question_search_head(q) FROM questions q
    WHERE q.order_id = NEW.id AND s.question_id = q.id AND s.source = '';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER question_search_buyer_renamed AFTER UPDATE OF data ON buyers
  FOR EACH ROW WHEN (OLD.data->>'name' IS DISTINCT FROM NEW.data->>'name')
  EXECUTE FUNCTION question_search_renamed();

CREATE TRIGGER question_search_product_renamed AFTER UPDATE OF data ON products
  FOR EACH ROW WHEN (OLD.data->>'name' IS DISTINCT FROM NEW.data->>'name')
  EXECUTE FUNCTION question_search_renamed();

CREATE TRIGGER question_search_order_renumbered AFTER UPDATE OF data ON orders
  FOR EACH ROW WHEN (OLD.data->>'number' IS DISTINCT FROM NEW.data->>'number')
  EXECUTE FUNCTION question_search_renamed();

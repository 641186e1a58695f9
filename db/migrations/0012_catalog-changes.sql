-- Every change to what a cached storefront page shows is announced, inside the change's own
-- transaction, so every app instance drops exactly what changed (lib/catalog/freshness.ts):
-- 'product:<slug>' for one product's page, listings and search; '*' for the whole catalog
-- (categories); 'pricing' for shipping, tax, promotion and market rules.
CREATE OR REPLACE FUNCTION announce_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
  product_slug text;
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('catalog_changes', CASE WHEN TG_ARGV[0] = 'pricing' THEN 'pricing' ELSE '*' END);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'products' THEN
    PERFORM pg_notify('catalog_changes', 'product:' || changed.slug);
    IF TG_OP = 'UPDATE' AND OLD.slug <> NEW.slug THEN
      PERFORM pg_notify('catalog_changes', 'product:' || OLD.slug);
    END IF;
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME IN ('inventory', 'market_prices') THEN
    SELECT p.slug INTO product_slug FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = changed.variant_id;
  ELSE
    SELECT p.slug INTO product_slug FROM products p WHERE p.id = changed.product_id;
  END IF;
  -- A product deleted with its rows has no slug left: its own row's trigger announced it.
  IF product_slug IS NOT NULL THEN
    PERFORM pg_notify('catalog_changes', 'product:' || product_slug);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_announce AFTER INSERT OR UPDATE OR DELETE ON products FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER product_translations_announce AFTER INSERT OR UPDATE OR DELETE ON product_translations FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER variants_announce AFTER INSERT OR UPDATE OR DELETE ON variants FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER inventory_announce AFTER INSERT OR UPDATE OR DELETE ON inventory FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER product_images_announce AFTER INSERT OR UPDATE OR DELETE ON product_images FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER reviews_announce AFTER INSERT OR UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER market_prices_announce AFTER INSERT OR UPDATE OR DELETE ON market_prices FOR EACH ROW EXECUTE FUNCTION announce_catalog_change();
--> statement-breakpoint
CREATE TRIGGER categories_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('catalog');
--> statement-breakpoint
CREATE TRIGGER category_translations_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON category_translations FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('catalog');
--> statement-breakpoint
CREATE TRIGGER shipping_zones_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON shipping_zones FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER shipping_methods_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON shipping_methods FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER warehouses_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON warehouses FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER tax_rates_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tax_rates FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER promotions_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotions FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER markets_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON markets FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');
--> statement-breakpoint
CREATE TRIGGER market_prices_announce_pricing AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON market_prices FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change('pricing');

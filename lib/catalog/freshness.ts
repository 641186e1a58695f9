import type { DatabaseHandle } from "@/db/client";

/** The channel the database announces catalog and pricing changes on (migration 0012). */
export const catalogChannel = "catalog_changes";

/**
 * Which version of the catalog a cached read belongs to. Cached reads take these versions as
 * part of their key, so a change announced by the database (an order taking stock, a price
 * edited by the admin or by hand in SQL) makes the very next read miss the cache: nothing waits
 * for a timer, and every instance listening hears every other instance's writes.
 */
export interface CatalogVersions {
  /** A product's own page: its rows, stock, images, reviews and price lists, plus the categories. */
  product(slug: string): string;
  /** Listings, search and the home page: any product or category. */
  listing(): string;
  /** The categories themselves (names, images, order). */
  categories(): string;
  /** Shipping, tax, promotion and market rules. */
  pricing(): string;
}

/**
 * Counts the announcements heard by this process. Before the first LISTEN is in place nothing
 * may be served from the cache (a change made then would go unheard), so `ready()` waits for it;
 * when the connection is lost and comes back, everything counts as changed. `announced` hears each
 * announcement too (null for "everything"), to retire the cached pages that showed what changed.
 */
export function catalogVersionTracker(handle: Pick<DatabaseHandle, "listen">, announced: (payload: string | null) => void = () => {}) {
  let catalog = 0;
  let anyProduct = 0;
  let pricing = 0;
  const products = new Map<string, number>();
  let listening: Promise<unknown> | null = null;

  const hear = (payload: string) => {
    announced(payload);
    if (payload === "pricing") pricing++;
    else if (payload === "*") catalog++;
    else if (payload.startsWith("product:")) {
      const slug = payload.slice("product:".length);
      products.set(slug, (products.get(slug) ?? 0) + 1);
      anyProduct++;
    }
  };
  const versions: CatalogVersions = {
    product: (slug) => `${catalog}.${products.get(slug) ?? 0}`,
    listing: () => `${catalog}.${anyProduct}`,
    categories: () => `${catalog}`,
    pricing: () => `${pricing}`,
  };

  return {
    hear,
    /** Resolves once this process hears announcements; the versions are then safe to key on. */
    async ready(): Promise<CatalogVersions> {
      listening ??= handle.listen(catalogChannel, hear, () => {
        catalog++;
        pricing++;
        announced(null);
      }).catch((error: unknown) => {
        // The database was down: the next request tries again instead of failing for good.
        listening = null;
        throw error;
      });
      await listening;
      return versions;
    },
  };
}

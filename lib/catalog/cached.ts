import "server-only";
import { unstable_cache } from "next/cache";
import { databaseHandle, getDb } from "@/db";
import type { Locale } from "@/lib/i18n/locales";
import { catalogVersionTracker, type CatalogVersions } from "./freshness";
import { tagsAnnounced, tagsOf, type CatalogScope } from "./cache-tags";
import { expireTags } from "./page-cache";
import * as catalog from "./queries";

/**
 * Catalog reads as the storefront renders them: cached in memory and keyed by the catalog
 * version they read (lib/catalog/freshness.ts), so the write that changes a product is what
 * retires its cached copies, on every instance; the timer is only a backstop.
 */
const holder = globalThis as unknown as { __catalogVersions?: Promise<ReturnType<typeof catalogVersionTracker>> };

/** The versions to key cached reads on, once this process hears the database's announcements. */
export async function catalogVersions(): Promise<CatalogVersions> {
  holder.__catalogVersions ??= databaseHandle().then((handle) =>
    // Each announcement also retires the cached pages that showed what changed.
    catalogVersionTracker(handle, (payload) => expireTags(payload === null ? tagsAnnounced("*").concat(tagsAnnounced("pricing")) : tagsAnnounced(payload))),
  );
  return (await holder.__catalogVersions).ready();
}

/**
 * `read`, cached under `name` and its arguments plus the version of the scope `scopeOf` picks for
 * them; tagged with that scope, so a page that makes the read is retired with it.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  scopeOf: (args: NoInfer<Args>) => CatalogScope,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const tagged = new Map<string, (version: string, ...args: Args) => Promise<Result>>();
  const cachedFor = (tags: string[]) => {
    const key = tags.join(" ");
    let cached = tagged.get(key);
    if (!cached) {
      // The version leads the key; the read itself does not need it.
      cached = unstable_cache((_version: string, ...args: Args) => read(...args), [name], { revalidate: 3600, tags });
      tagged.set(key, cached);
    }
    return cached;
  };
  return async (...args) => {
    const scope = scopeOf(args);
    return cachedFor(tagsOf(scope))(versionOf(await catalogVersions(), scope), ...args);
  };
}

function versionOf(versions: CatalogVersions, scope: CatalogScope): string {
  if (scope === "pricing") return versions.pricing();
  if (scope === "listing") return versions.listing();
  if (scope === "categories") return versions.categories();
  return versions.product(scope.product);
}

const listing = (): CatalogScope => "listing";

export const listCategories = cachedRead("catalog:categories", () => "categories", async (locale: Locale) =>
  catalog.listCategories(await getDb(), { locale }),
);

export const listProducts = cachedRead("catalog:products", listing, async (query: catalog.ProductListQuery) =>
  catalog.listProducts(await getDb(), query),
);

export const getProduct = cachedRead(
  "catalog:product",
  ([slug]) => ({ product: slug }),
  async (slug: string, locale: Locale) => catalog.getProduct(await getDb(), { slug, locale }),
);

export const listFacetValues = cachedRead("catalog:facets", listing, async (categoryId: number) =>
  catalog.listFacetValues(await getDb(), { categoryId }),
);

export const suggestProductNames = cachedRead("catalog:suggestions", listing, async (query: string, locale: Locale) =>
  catalog.suggestProductNames(await getDb(), { query, locale, limit: 3 }),
);

export const listProductSlugs = cachedRead("catalog:slugs", listing, async () => catalog.listProductSlugs(await getDb()));

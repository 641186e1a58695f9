import "server-only";
import { unstable_cache } from "next/cache";
import { databaseHandle, getDb } from "@/db";
import type { Locale } from "@/lib/i18n/locales";
import { catalogVersionTracker, type CatalogVersions } from "./freshness";
import * as catalog from "./queries";

/**
 * Catalog reads as the storefront renders them: cached in memory and keyed by the catalog
 * version they read (lib/catalog/freshness.ts), so the write that changes a product is what
 * retires its cached copies, on every instance; the timer is only a backstop.
 */
const holder = globalThis as unknown as { __catalogVersions?: Promise<ReturnType<typeof catalogVersionTracker>> };

/** The versions to key cached reads on, once this process hears the database's announcements. */
export async function catalogVersions(): Promise<CatalogVersions> {
  holder.__catalogVersions ??= databaseHandle().then(catalogVersionTracker);
  return (await holder.__catalogVersions).ready();
}

/** `read`, cached under `name` and its arguments plus the version `versionOf` picks for them. */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  versionOf: (versions: CatalogVersions, args: NoInfer<Args>) => string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  // The version leads the key; the read itself does not need it.
  const cached = unstable_cache((_version: string, ...args: Args) => read(...args), [name], { revalidate: 3600 });
  return async (...args) => cached(versionOf(await catalogVersions(), args), ...args);
}

const listing = (versions: CatalogVersions) => versions.listing();

export const listCategories = cachedRead("catalog:categories", listing, async (locale: Locale) =>
  catalog.listCategories(await getDb(), { locale }),
);

export const listProducts = cachedRead("catalog:products", listing, async (query: catalog.ProductListQuery) =>
  catalog.listProducts(await getDb(), query),
);

export const getProduct = cachedRead(
  "catalog:product",
  (versions, [slug]) => versions.product(slug),
  async (slug: string, locale: Locale) => catalog.getProduct(await getDb(), { slug, locale }),
);

export const listFacetValues = cachedRead("catalog:facets", listing, async (categoryId: number) =>
  catalog.listFacetValues(await getDb(), { categoryId }),
);

export const suggestProductNames = cachedRead("catalog:suggestions", listing, async (query: string, locale: Locale) =>
  catalog.suggestProductNames(await getDb(), { query, locale, limit: 3 }),
);

export const listProductSlugs = cachedRead("catalog:slugs", listing, async () => catalog.listProductSlugs(await getDb()));

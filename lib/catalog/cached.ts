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
const options = { revalidate: 3600 };
const holder = globalThis as unknown as { __catalogVersions?: Promise<ReturnType<typeof catalogVersionTracker>> };

/** The versions to key cached reads on, once this process hears the database's announcements. */
export async function catalogVersions(): Promise<CatalogVersions> {
  holder.__catalogVersions ??= databaseHandle().then(catalogVersionTracker);
  return (await holder.__catalogVersions).ready();
}

// The version arguments are part of each cache key; the reads themselves do not need them.
const cachedCategories = unstable_cache(
  async (locale: Locale, _version: string) => catalog.listCategories(await getDb(), { locale }),
  ["catalog:categories"],
  options,
);
const cachedProducts = unstable_cache(
  async (query: catalog.ProductListQuery, _version: string) => catalog.listProducts(await getDb(), query),
  ["catalog:products"],
  options,
);
const cachedProduct = unstable_cache(
  async (slug: string, locale: Locale, _version: string) => catalog.getProduct(await getDb(), { slug, locale }),
  ["catalog:product"],
  options,
);
const cachedFacetValues = unstable_cache(
  async (categoryId: number, _version: string) => catalog.listFacetValues(await getDb(), { categoryId }),
  ["catalog:facets"],
  options,
);
const cachedSuggestions = unstable_cache(
  async (query: string, locale: Locale, _version: string) => catalog.suggestProductNames(await getDb(), { query, locale, limit: 3 }),
  ["catalog:suggestions"],
  options,
);
const cachedSlugs = unstable_cache(async (_version: string) => catalog.listProductSlugs(await getDb()), ["catalog:slugs"], options);

export async function listCategories(locale: Locale) {
  return cachedCategories(locale, (await catalogVersions()).listing());
}

export async function listProducts(query: catalog.ProductListQuery) {
  return cachedProducts(query, (await catalogVersions()).listing());
}

export async function getProduct(slug: string, locale: Locale) {
  return cachedProduct(slug, locale, (await catalogVersions()).product(slug));
}

export async function listFacetValues(categoryId: number) {
  return cachedFacetValues(categoryId, (await catalogVersions()).listing());
}

export async function suggestProductNames(query: string, locale: Locale) {
  return cachedSuggestions(query, locale, (await catalogVersions()).listing());
}

export async function listProductSlugs() {
  return cachedSlugs((await catalogVersions()).listing());
}

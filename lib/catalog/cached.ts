import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db";
import type { Locale } from "@/lib/i18n/locales";
import * as catalog from "./queries";

/**
 * Catalog reads as the storefront renders them: cached across requests and tagged so an
 * admin change or a stock movement can invalidate them with `revalidateTag(catalogTag)`.
 * Stock shown from here may be a few minutes old; the cart re-checks it live.
 */
export const catalogTag = "catalog";
const options = { tags: [catalogTag], revalidate: 300 };

export const listCategories = unstable_cache(
  async (locale: Locale) => catalog.listCategories(await getDb(), { locale }),
  ["catalog:categories"],
  options,
);

export const listProducts = unstable_cache(
  async (query: catalog.ProductListQuery) => catalog.listProducts(await getDb(), query),
  ["catalog:products"],
  options,
);

export const getProduct = unstable_cache(
  async (slug: string, locale: Locale) => catalog.getProduct(await getDb(), { slug, locale }),
  ["catalog:product"],
  options,
);

export const listFacetValues = unstable_cache(
  async (categoryId: number) => catalog.listFacetValues(await getDb(), { categoryId }),
  ["catalog:facets"],
  options,
);

export const suggestProductNames = unstable_cache(
  async (query: string, locale: Locale) => catalog.suggestProductNames(await getDb(), { query, locale, limit: 3 }),
  ["catalog:suggestions"],
  options,
);

export const listProductSlugs = unstable_cache(
  async () => catalog.listProductSlugs(await getDb()),
  ["catalog:slugs"],
  options,
);

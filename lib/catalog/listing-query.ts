import { z } from "zod";
import { parseMajorUnits } from "@/lib/money";
import { colors, sizes, type Color, type Size } from "./options";
import type { ListingFilters, SortOrder, VariantOptions } from "./types";

export const sortOrders = ["featured", "newest", "price-asc", "price-desc", "rating"] as const satisfies readonly SortOrder[];

export type ListingNotice = "priceIgnored" | "priceSwapped";

export interface ListingQuery {
  filters: ListingFilters;
  sort: SortOrder;
  page: number;
  notices: ListingNotice[];
}

type SearchParams = Record<string, string | string[] | undefined>;

const many = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(","));

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
const sortSchema = z.enum(sortOrders).catch("featured");

/**
 * Reads a listing URL's query string. Unknown or malformed values are ignored (never an error page);
 * a price filter that could not be used is reported so the page can say so.
 */
export function parseListingQuery(params: SearchParams, currency: string): ListingQuery {
  const notices: ListingNotice[] = [];
  const sizeSet = new Set<string>(sizes);
  const colorSet = new Set<string>(Object.keys(colors));

  const readPrice = (raw: string | undefined): number | null => {
    if (raw === undefined || raw.trim() === "") return null;
    const parsed = parseMajorUnits(raw, currency);
    if (parsed === null && !notices.includes("priceIgnored")) notices.push("priceIgnored");
    return parsed;
  };
  let minPrice = readPrice(one(params.min));
  let maxPrice = readPrice(one(params.max));
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
    notices.push("priceSwapped");
  }

  return {
    filters: {
      sizes: [...new Set(many(params.size).filter((s) => sizeSet.has(s)))] as Size[],
      colors: [...new Set(many(params.color).filter((c) => colorSet.has(c)))] as Color[],
      minPrice,
      maxPrice,
      inStockOnly: one(params.stock) === "1",
    },
    sort: sortSchema.parse(one(params.sort)),
    page: pageSchema.parse(one(params.page)),
    notices,
  };
}

/** Builds the query string for a listing state (used for pagination and sort links). */
export function listingSearchParams(query: Omit<ListingQuery, "notices">, currencyDigits: number): URLSearchParams {
  const out = new URLSearchParams();
  const { filters } = query;
  for (const size of filters.sizes) out.append("size", size);
  for (const color of filters.colors) out.append("color", color);
  const major = (minor: number) => (minor / 10 ** currencyDigits).toFixed(currencyDigits).replace(/\.0+$/, "");
  if (filters.minPrice !== null) out.set("min", major(filters.minPrice));
  if (filters.maxPrice !== null) out.set("max", major(filters.maxPrice));
  if (filters.inStockOnly) out.set("stock", "1");
  if (query.sort !== "featured") out.set("sort", query.sort);
  if (query.page > 1) out.set("page", String(query.page));
  return out;
}

/** How many filters are on, as the phone's "Filters" button counts them (a price range counts once). */
export function activeFilterCount(filters: ListingFilters): number {
  const price = filters.minPrice !== null || filters.maxPrice !== null ? 1 : 0;
  return filters.sizes.length + filters.colors.length + price + (filters.inStockOnly ? 1 : 0);
}

/**
 * The options a product card links with, so the product page opens on what the shopper filtered
 * for: the colour when exactly one filtered colour is one the product comes in, the size when
 * exactly one size is filtered (a listed product has a variant in every filtered combination).
 */
export function optionsFromFilters(filters: Pick<ListingFilters, "sizes" | "colors">, productColors: readonly string[]): VariantOptions {
  const options: VariantOptions = {};
  const colors = filters.colors.filter((color) => productColors.includes(color));
  if (colors.length === 1) options.color = colors[0];
  if (filters.sizes.length === 1) options.size = filters.sizes[0];
  return options;
}

export function hasActiveFilters(filters: ListingFilters): boolean {
  return (
    filters.sizes.length > 0 ||
    filters.colors.length > 0 ||
    filters.minPrice !== null ||
    filters.maxPrice !== null ||
    filters.inStockOnly
  );
}

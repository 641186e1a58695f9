import type { Locale } from "@/lib/i18n/locales";
import type { Money } from "@/lib/money";
import type { Color, OptionName, Size } from "./options";

export interface CatalogImage {
  src: string;
  width: number;
  height: number;
  /** The option value (a colour) this image shows, if any. */
  optionValue: string | null;
}

export interface Category {
  id: number;
  slug: string;
  name: string;
  description: string;
  image: string;
}

export interface RatingSummary {
  /** Mean rating 1–5 with one decimal, or null without reviews. */
  average: number | null;
  count: number;
  /** Number of reviews per star, index 0 = 1 star. */
  histogram: [number, number, number, number, number];
}

export interface ProductCard {
  id: number;
  slug: string;
  name: string;
  shortDescription: string;
  categorySlug: string;
  image: CatalogImage | null;
  /** Lowest variant price (base currency), with that variant's compare-at price when on sale. */
  price: Money;
  /** The variant that price is of: a market's price list prices it by id. */
  priceVariantId: number;
  compareAtPrice: Money | null;
  hasPriceRange: boolean;
  rating: { average: number | null; count: number };
  colors: Color[];
  inStock: boolean;
}

export type VariantOptions = Partial<Record<OptionName, string>>;

export interface Variant {
  id: number;
  sku: string;
  options: VariantOptions;
  price: Money;
  compareAtPrice: Money | null;
  /** Units that can still be sold: on hand minus reserved. */
  available: number;
  weightGrams: number;
}

export interface Review {
  id: number;
  authorName: string;
  rating: number;
  title: string;
  body: string;
  locale: string;
  photos: { src: string; width: number; height: number }[];
  verifiedPurchase: boolean;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

export interface ProductDetail {
  id: number;
  slug: string;
  name: string;
  shortDescription: string;
  description: string;
  /** The language the description is written in: the default one when it is not yet translated. */
  descriptionLocale: Locale;
  category: { slug: string; name: string };
  optionNames: OptionName[];
  purchaseLimit: number | null;
  variants: Variant[];
  images: CatalogImage[];
  rating: RatingSummary;
  reviews: Review[];
}

export type SortOrder = "featured" | "newest" | "price-asc" | "price-desc" | "rating";

export interface ListingFilters {
  sizes: Size[];
  colors: Color[];
  /** Minor units, inclusive. */
  minPrice: number | null;
  maxPrice: number | null;
  inStockOnly: boolean;
}

export interface FacetValues {
  sizes: Size[];
  colors: Color[];
}

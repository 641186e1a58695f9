import type { Color, Size } from "@/lib/catalog/options";
import type { Locale } from "@/lib/i18n/locales";

export type Localized<T = string> = Record<Locale, T>;

export interface SeedCategory {
  slug: string;
  /** Path under /public, e.g. "/catalog/categories/apparel.webp" (800×800). */
  image: string;
  name: Localized;
  description: Localized;
}

export interface SeedVariant {
  /** Option values keyed by option name; {} for a product without options. */
  options: { size?: Size; color?: Color };
  /** Price in US cents. */
  price: number;
  /** Original price in US cents when on sale; must be greater than price. */
  compareAtPrice?: number;
  /** Units on hand; 0 = sold out, 1–5 = low stock. */
  stock: number;
  weightGrams: number;
}

export interface SeedImage {
  /** Path under /public, e.g. "/catalog/products/linen-shirt-sage-1.webp". */
  src: string;
  width: number;
  height: number;
  /** The colour this image shows, so the gallery follows the chosen variant. */
  color?: Color;
}

export interface SeedReview {
  author: string;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  body: string;
  locale: Locale;
  /** Paths under /public of shopper photos (800×800). */
  photos?: string[];
  verifiedPurchase: boolean;
  daysAgo: number;
}

export interface SeedProduct {
  slug: string;
  /** Slug of a SeedCategory. */
  category: string;
  featured?: boolean;
  /** Maximum units per order; omit for no limit. */
  purchaseLimit?: number;
  /** Option names in display order: [], ["color"], ["size", "color"], ... */
  optionNames: ("size" | "color")[];
  name: Localized;
  shortDescription: Localized;
  /** Long description; English required, other locales fall back to English. */
  description: { en: string } & Partial<Localized>;
  variants: SeedVariant[];
  images: SeedImage[];
  reviews: SeedReview[];
}

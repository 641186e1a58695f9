import "server-only";
import { unstable_rethrow } from "next/navigation";
import { explainDatabaseError } from "@/db/explain-error";
import { currentCartSummary } from "@/lib/cart/current";
import { listCategories } from "@/lib/catalog/cached";
import type { Category } from "@/lib/catalog/types";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { shellPricing, shopperPricing, type ShopperPricing } from "@/lib/pricing/shopper";

/** What the header, promise bar and footer around every page show from the database. */
export interface Shell {
  categories: Category[];
  pricing: ShopperPricing;
  cartCount: number;
  signedIn: boolean;
}

/**
 * The shell, or null when the database cannot be reached. The layout then draws a plain header,
 * so the page's own error boundary (app/[locale]/error.tsx) shows the store's error page: an
 * error thrown by the layout itself would skip that boundary for Next's generic one.
 */
export async function loadShell(locale: Locale): Promise<Shell | null> {
  return orNullWhenDown(async () => {
    const [categories, pricing, { cart, count }] = await Promise.all([listCategories(locale), shopperPricing(), currentCartSummary()]);
    return { categories, pricing, cartCount: count, signedIn: Boolean(cart?.userId) };
  });
}

/** What a cached catalog page's frame shows: the same for every shopper of its locale and country. */
export interface CatalogShell {
  categories: Category[];
  pricing: ShopperPricing;
}

/** The frame of a cached page for the shell key's destination candidates, or null when the database cannot be reached (see loadShell). */
export async function loadCatalogShell(locale: Locale, countries: string[]): Promise<CatalogShell | null> {
  return orNullWhenDown(async () => {
    const [categories, pricing] = await Promise.all([listCategories(locale), shellPricing(countries)]);
    return { categories, pricing };
  });
}

async function orNullWhenDown<Frame>(read: () => Promise<Frame>): Promise<Frame | null> {
  try {
    return await read();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[layout] header without store data: ${explainDatabaseError(error, env.DATABASE_URL)}`);
    return null;
  }
}

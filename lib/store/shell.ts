import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getDb } from "@/db";
import { explainDatabaseError } from "@/db/explain-error";
import { countCartItems } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { listCategories } from "@/lib/catalog/cached";
import type { Category } from "@/lib/catalog/types";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { shopperPricing, type ShopperPricing } from "@/lib/pricing/shopper";

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
  try {
    const cart = await currentCart();
    const [categories, pricing, cartCount] = await Promise.all([
      listCategories(locale),
      shopperPricing(),
      cart ? countCartItems(await getDb(), cart) : 0,
    ]);
    return { categories, pricing, cartCount, signedIn: Boolean(cart?.userId) };
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[layout] header without store data: ${explainDatabaseError(error, env.DATABASE_URL)}`);
    return null;
  }
}

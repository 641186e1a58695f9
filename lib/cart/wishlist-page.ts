import "server-only";
import { getDb } from "@/db";
import { listProducts } from "@/lib/catalog/queries";
import type { Locale } from "@/lib/i18n/locales";
import { currentWishlist } from "./visitor";

/** The visitor's wishlist (product ids, newest first) and its products in that order. Read live, never cached (D4). */
export async function loadWishlist({ locale }: { locale: Locale }) {
  const wishlist = await currentWishlist();
  const { items } = await listProducts(await getDb(), { locale, onlyIds: wishlist, limit: 200 });
  const products = wishlist.map((id) => items.find((item) => item.id === id)).filter((item) => item !== undefined);
  return { wishlist, products };
}

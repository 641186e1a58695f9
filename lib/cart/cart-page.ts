import "server-only";
import { getDb } from "@/db";
import { mergeNotice } from "@/lib/accounts/merge-notice";
import { listProducts } from "@/lib/catalog/queries";
import { orderStatusPath } from "@/lib/checkout/order-access";
import { recentOrderOf } from "@/lib/checkout/order-view";
import type { Locale } from "@/lib/i18n/locales";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import { listOwner } from "./owner";
import { getCartView, variantProductName } from "./queries";
import { recommendForCart } from "./recommendations";
import { listSaved } from "./saved";
import { quoteForShopper } from "./shopper-quote";
import { lastRemoval } from "./undo";
import { currentCart, currentWishlist } from "./visitor";

/**
 * Everything the cart page shows besides its words: the cart and its figures, the items saved for
 * later, what a sign-in merged, the line just removed (for "Undo"), and recommendations. An empty
 * cart brings instead the order just placed from this browser, if any, with its status link.
 */
export async function loadCartPage({ locale, pricing }: { locale: Locale; pricing: ShopperPricing }) {
  const cartRef = await currentCart();
  const db = await getDb();
  const [cart, saved] = cartRef ? await Promise.all([getCartView(db, { ...cartRef, locale }), listSaved(db, { visitorId: listOwner(cartRef), locale })]) : [null, []];
  const merged = await mergeNotice(db, locale);
  const removal = await lastRemoval();
  const removedName = removal && !cart?.lines.some((l) => l.variantId === removal.variantId) ? await variantProductName(db, { variantId: removal.variantId, locale }) : null;
  const notices = { saved, merged, removedName };

  if (!cartRef || !cart || cart.lines.length === 0) {
    const placed = cartRef ? await recentOrderOf(db, cartRef) : null;
    const recentOrder = placed ? { number: placed.number, href: await orderStatusPath(locale, placed.number, placed.email) } : null;
    return { status: "empty" as const, ...notices, recentOrder };
  }

  const [{ quote, tax }, recommendedIds, wishlist] = await Promise.all([
    quoteForShopper(db, { cart, ref: cartRef, pricing }),
    recommendForCart(db, { visitorId: cartRef.visitorId, cartId: cart.id, limit: 4 }),
    currentWishlist(),
  ]);
  const recommendedCards = await listProducts(db, { locale, onlyIds: recommendedIds, limit: 4 });
  const recommended = recommendedIds.map((id) => recommendedCards.items.find((p) => p.id === id)).filter((p) => p !== undefined);
  return { status: "filled" as const, ...notices, cart, quote, tax, recommended, wishlist };
}

export type CartPageData = Awaited<ReturnType<typeof loadCartPage>>;
export type FilledCartPage = Extract<CartPageData, { status: "filled" }>;

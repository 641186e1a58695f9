import "server-only";
import { headers } from "next/headers";
import type { Executor } from "@/db/client";
import { activeCartId, getCartView } from "@/lib/cart/queries";
import { quoteForShopper } from "@/lib/cart/shopper-quote";
import { currentCart } from "@/lib/cart/visitor";
import type { Locale } from "@/lib/i18n/locales";
import { shopperPricing } from "@/lib/pricing/shopper";
import { ipKeyOf } from "@/lib/security/request-ip";
import { currentSettings } from "@/lib/settings/current";
import type { ShopperFacts } from "./bot-answer";
import type { ChatOwner } from "./conversations";

/** The request's shopper as live help knows them: browser, account and the cart they work on; null without a visitor id. */
export async function currentChatOwner(db: Executor): Promise<ChatOwner | null> {
  const cart = await currentCart();
  if (!cart) return null;
  return { visitorId: cart.visitorId, userId: cart.userId ?? null, cartId: await activeCartId(db, cart) };
}

/** What the bot answers this shopper from: their destination and cart quoted by checkout's own `quote()`, their account, the payment methods offered. */
export async function currentShopperFacts(db: Executor, locale: Locale): Promise<ShopperFacts> {
  const [cartRef, pricing, settings, requestHeaders] = await Promise.all([currentCart(), shopperPricing(), currentSettings(), headers()]);
  const cart = cartRef ? await getCartView(db, { ...cartRef, locale }) : null;
  const quote = cart && cartRef && cart.lines.length ? (await quoteForShopper(db, { cart, ref: cartRef, pricing })).quote : null;
  return { pricing, quote, userId: cartRef?.userId ?? null, paymentMethods: settings.payments.methods, ipKey: ipKeyOf(requestHeaders) };
}

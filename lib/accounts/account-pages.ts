import "server-only";
import { getDb } from "@/db";
import { getCartView } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import type { Locale } from "@/lib/i18n/locales";
import { listSavedCards } from "@/lib/payments/saved-cards";
import { getAccountOrder, getUser, listAccountOrders, listAddresses } from "./queries";

/** One of the account's own orders; null for anyone else's number. */
export async function loadAccountOrder({ userId, number }: { userId: string; number: number }) {
  return getAccountOrder(await getDb(), { userId, number });
}

/**
 * The account page: the shopper, their orders, saved addresses and cards, and the cart they are on
 * now (a welcome code already applied there is mentioned too). Only `userId`'s own rows.
 */
export async function loadAccount({ userId, locale }: { userId: string; locale: Locale }) {
  const db = await getDb();
  const [user, orders, addresses, cards, cartRef] = await Promise.all([
    getUser(db, { userId }),
    listAccountOrders(db, { userId }),
    listAddresses(db, { userId }),
    listSavedCards(db, { userId }),
    currentCart(),
  ]);
  const cart = cartRef ? await getCartView(db, { ...cartRef, locale }) : null;
  return { user, orders, addresses, cards, cart };
}

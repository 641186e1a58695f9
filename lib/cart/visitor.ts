import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { signingKey } from "@/lib/security/secret";
import { signValue, verifySigned } from "@/lib/security/signing";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { requestIsSecure } from "@/lib/visitor/request";
import { cartCookie, isCartId } from "./cookie";
import { listOwner } from "./owner";
import type { CartRef } from "./queries";
import { wishlistProductIds } from "./saved";

/** The visitor id set by the proxy; analytics hang off it. Null only for requests the proxy skipped. */
export async function currentVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(visitorCookie.name)?.value;
  return isVisitorId(value) ? value : null;
}

/** Auth.js's session cookie, plain over http and with the __Secure- prefix over https. */
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

/** The signed-in account's id, or null for a guest (a forged or expired session cookie is a guest). */
export async function currentUserId(): Promise<string | null> {
  // Most requests are guests': without a session cookie there is nothing for Auth.js to look up.
  const store = await cookies();
  if (!sessionCookies.some((name) => store.has(name))) return null;
  // Loaded only for requests that carry a session: guests never pay for Auth.js.
  const { auth } = await import("@/lib/accounts/auth");
  const session = await auth();
  return session?.user?.id ?? null;
}

/**
 * The cart this browser works on: the account's when signed in; as a guest the one its signed
 * cookie names (a cart handed over from another device included), else the visitor's own. A cookie
 * with a bad signature is ignored, so nobody reaches another shopper's cart by writing its id.
 */
export async function currentCart(): Promise<CartRef | null> {
  const visitorId = await currentVisitorId();
  if (!visitorId) return null;
  const userId = await currentUserId();
  return userId ? { visitorId, userId } : guestCart(visitorId);
}

/** The cart a guest browser holds: the one its signed cookie names, else (cartId null) the visitor's own. */
export async function guestCart(visitorId: string): Promise<CartRef> {
  const signed = (await cookies()).get(cartCookie.name)?.value;
  const cartId = signed ? verifySigned(signed, cartCookie.purpose, await signingKey()) : null;
  return { visitorId, cartId: isCartId(cartId) ? cartId : null };
}

/**
 * Points a guest browser's cart cookie at `cartId` for another 90 days, when it names another cart
 * (the first item, a new cart after an order, a hand-off) or was last renewed over a day ago.
 * Setting a cookie makes Next render the page again in the action's answer, which a change to the
 * same cart does not otherwise need. A signed-in shopper's cart is found through the account.
 */
export async function keepCart(ref: CartRef, cartId: string): Promise<void> {
  if (ref.userId) return;
  const store = await cookies();
  if (ref.cartId === cartId && store.has(cartCookie.renewal.name)) return;
  const options = { httpOnly: true, sameSite: "lax", secure: await requestIsSecure(), path: "/" } as const;
  store.set(cartCookie.name, signValue(cartId, cartCookie.purpose, await signingKey()), { ...options, maxAge: cartCookie.maxAgeSeconds });
  store.set(cartCookie.renewal.name, "1", { ...options, maxAge: cartCookie.renewal.maxAgeSeconds });
}

/** Product ids on the current shopper's wishlist (for the hearts on cards and product pages). */
export async function currentWishlist(): Promise<number[]> {
  const ref = await currentCart();
  if (!ref) return [];
  return wishlistProductIds(await getDb(), { visitorId: listOwner(ref) });
}

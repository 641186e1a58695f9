import "server-only";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { signingKey } from "@/lib/security/secret";
import { signValue, verifySigned } from "@/lib/security/signing";
import { isSecureRequest, isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { cartCookie, isCartId } from "./cookie";
import type { CartRef } from "./queries";
import { wishlistProductIds } from "./saved";

/** The visitor id set by the proxy; saved items and analytics hang off it. Null only for requests the proxy skipped. */
export async function currentVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(visitorCookie.name)?.value;
  return isVisitorId(value) ? value : null;
}

/**
 * The cart this browser works on: the one its signed cookie names (a cart handed over from another
 * device included), else the visitor's own. A cookie with a bad signature is ignored, so nobody can
 * reach another shopper's cart by writing its id into a cookie.
 */
export async function currentCart(): Promise<CartRef | null> {
  const visitorId = await currentVisitorId();
  if (!visitorId) return null;
  const signed = (await cookies()).get(cartCookie.name)?.value;
  const cartId = signed ? verifySigned(signed, cartCookie.purpose, await signingKey()) : null;
  return { visitorId, cartId: isCartId(cartId) ? cartId : null };
}

/** Points this browser's cart cookie at `cartId` for another 90 days (server actions and route handlers only). */
export async function keepCart(cartId: string): Promise<void> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get("origin") ?? `http://${requestHeaders.get("host") ?? "localhost"}`;
  let secure = false;
  try {
    secure = isSecureRequest(new URL(origin), requestHeaders.get("x-forwarded-proto"));
  } catch {
    // A malformed Origin header: fall back to a cookie that also works over plain http.
  }
  (await cookies()).set(cartCookie.name, signValue(cartId, cartCookie.purpose, await signingKey()), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    maxAge: cartCookie.maxAgeSeconds,
    path: "/",
  });
}

/** Product ids on the current visitor's wishlist (for the hearts on cards and product pages). */
export async function currentWishlist(): Promise<number[]> {
  const visitorId = await currentVisitorId();
  if (!visitorId) return [];
  return wishlistProductIds(await getDb(), { visitorId });
}

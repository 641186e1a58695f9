import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { cartCookie } from "@/lib/cart/cookie";
import { currentVisitorId, guestCart } from "@/lib/cart/visitor";
import { requestIsSecure } from "@/lib/visitor/request";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { store as shop } from "@/lib/store/config";
import { claimGuestState } from "./claim";

/** Cookie carrying what a sign-in merge changed, shown once on the cart page. */
export const mergeNoticeCookie = "cart_merge";

/** Runs inside Auth.js's callback request: brings this device's guest cart and lists into the account; a new account earns the welcome code. */
export async function afterSignIn({ userId, email, emailVerified, isNewUser }: { userId: string; email: string | null; emailVerified: boolean; isNewUser: boolean }) {
  const store = await cookies();
  const visitorId = await currentVisitorId();
  const locale = store.get("NEXT_LOCALE")?.value;
  const merged = await claimGuestState(await getDb(), {
    userId,
    email,
    emailVerified,
    device: visitorId ? await guestCart(visitorId) : null,
    locale: isLocale(locale) ? locale : "en",
    adminEmails: env.ADMIN_EMAILS,
    welcomeCoupon: isNewUser ? (shop.accounts.welcomeCoupon?.code ?? null) : null,
  });
  // The account's cart is found by the session from now on; the guest cookie would only mislead.
  store.delete(cartCookie.name);
  if (merged.changes.length) {
    store.set(mergeNoticeCookie, JSON.stringify(merged.changes.map((c) => ({ v: c.variantId, k: c.kept, r: c.reason }))).slice(0, 3000), {
      httpOnly: true,
      sameSite: "lax",
      secure: await requestIsSecure(),
      maxAge: 600,
      path: "/",
    });
  }
}

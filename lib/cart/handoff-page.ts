import "server-only";
import { getDb } from "@/db";
import { orderStatusPath } from "@/lib/checkout/order-access";
import type { Locale } from "@/lib/i18n/locales";
import { previewHandoff, type HandoffChannel, type HandoffPreview, type HandoffRefusal } from "./handoff";
import { currentUserId, currentVisitorId } from "./visitor";

export type HandoffPage =
  | { ok: true; preview: HandoffPreview }
  /**
   * `channel` when the link was found (a reminder's refusals are worded for it); `next` where the
   * shopper can go instead: the order the cart became (its signed status link), or signing in.
   */
  | { ok: false; reason: HandoffRefusal; channel: HandoffChannel | null; next: { kind: "order"; number: number; href: string } | { kind: "sign-in" | "cart"; href: string } | null };

/** What a hand-off link would bring to this browser; a browser without a visitor id cannot claim one. */
export async function loadHandoffPreview({ token, locale }: { token: string; locale: Locale }): Promise<HandoffPage> {
  const visitorId = await currentVisitorId();
  if (!visitorId) return { ok: false, reason: "invalid", channel: null, next: null };
  const result = await previewHandoff(await getDb(), { token: token.slice(0, 64), visitorId });
  if (result.ok) return result;
  const channel = result.channel ?? null;
  if (result.reason === "ordered" && result.order) {
    const { number, email } = result.order;
    return { ok: false, reason: "ordered", channel, next: { kind: "order", number, href: await orderStatusPath(locale, number, email) } };
  }
  if (result.reason === "account") {
    // A guest never reaches an account's cart by link: signing in brings it, on any device.
    return { ok: false, reason: "account", channel, next: (await currentUserId()) ? { kind: "cart", href: "/cart" } : { kind: "sign-in", href: `/sign-in?callbackUrl=/${locale}/cart` } };
  }
  return { ok: false, reason: result.reason, channel, next: null };
}

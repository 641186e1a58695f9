import "server-only";
import type { Executor } from "@/db/client";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { formatMailTime } from "@/lib/mail/time";
import { CartHandoffMail, cartHandoffSubject } from "@/lib/mail/templates/cart-handoff";
import { mailTranslator } from "@/lib/mail/translator";
import { consumeLimits } from "@/lib/security/limits";
import { createHandoff, handoffUrl } from "./handoff";

export type CartEmailOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * "Email me my cart": a 7-day single-use link to `to`, within the limits per cart, per recipient
 * and per IP. The recipient is whatever address was typed, so a fresh cart per mail must not be
 * a way to flood one inbox, and many addresses from one place must not be a way to spam.
 */
export async function emailCartLink(
  db: Executor,
  { cartId, visitorId, to, items, locale, ipKey }: { cartId: string; visitorId: string; to: string; items: number; locale: Locale; ipKey: string },
): Promise<CartEmailOutcome> {
  const verdict = await consumeLimits(db, "cartEmail", { cart: cartId, recipient: to, ip: ipKey });
  if (!verdict.ok) return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds };
  const { token, expiresAt } = await createHandoff(db, { cartId, channel: "email", createdBy: visitorId });
  const translator = await mailTranslator(locale);
  await sendMail(db, {
    to,
    subject: cartHandoffSubject(translator.t),
    template: "cart-handoff",
    locale,
    body: CartHandoffMail({
      ...translator,
      url: handoffUrl(locale, token),
      items,
      expires: formatMailTime(expiresAt, localeTags[locale]),
    }),
  });
  return { ok: true };
}

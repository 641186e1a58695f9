import "server-only";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { createHandoff, handoffUrl } from "@/lib/cart/handoff";
import { directionOf, defaultLocale, isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { mailTranslator } from "@/lib/mail/translator";
import { totalBeforeTax } from "@/lib/pricing/tax-line";
import { activePushSubscriptions } from "@/lib/push/subscriptions";
import { sendPush, type PushPayload } from "@/lib/push/send";
import { vapidDetails, type VapidDetails } from "@/lib/push/vapid";
import { optOutPhone } from "@/lib/sms/opt-outs";
import { sendSms } from "@/lib/sms/send";
import type { SmsProvider } from "@/lib/sms/provider";
import { store } from "@/lib/store/config";
import { describeIncentive } from "./incentive-offer";
import { reminderMarker } from "@/lib/analytics/session";
import { quoteReminderCart, type QuotedReminderCart } from "./reminder-cart";

interface ReminderMessage {
  id: number;
  cartId: string;
  step: number;
  channel: "email" | "push" | "sms";
  incentiveCode: string | null;
  delivered: boolean;
  locale: string;
  smsPhone: string | null;
}

export type DeliveryOutcome = { outcome: "delivered" | "already_delivered" } | { outcome: "not_sent"; reason: string };

/** Twilio's error code for a number that opted out (https://www.twilio.com/docs/api/errors/21610). */
const twilioOptedOut = 21610;

/** Thrown when a push service or SMS provider failed in a way worth trying again: the job retries. */
export class DeliveryRetry extends Error {}

/**
 * Delivers a push or text reminder (the `reminder-delivery` job, E3): made from the cart as it is
 * now, with a fresh restore link that counts this message's click. A cart that became an order,
 * was merged or emptied since the step is not reminded of; the message records why.
 */
export async function deliverReminder(
  db: Executor,
  messageId: number,
  { now = new Date(), vapid, smsProvider }: { now?: Date; vapid?: VapidDetails; smsProvider?: SmsProvider } = {},
): Promise<DeliveryOutcome> {
  const [message] = await queryRows<ReminderMessage>(
    db,
    sql`select m.id, m.cart_id as "cartId", m.step, m.channel, m.incentive_code as "incentiveCode", m.delivered_at is not null as delivered,
               s.locale, k.sms_phone as "smsPhone"
        from recovery_messages m join recovery_sequences s on s.cart_id = m.cart_id left join checkouts k on k.cart_id = m.cart_id
        where m.id = ${messageId}`,
  );
  if (!message || message.channel === "email") return { outcome: "not_sent", reason: "not a push or text reminder" };
  if (message.delivered) return { outcome: "already_delivered" };
  const locale: Locale = isLocale(message.locale) ? message.locale : defaultLocale;
  const quoted = await quoteReminderCart(db, { cartId: message.cartId, locale, email: null });
  if ("skip" in quoted) return notSent(db, message.id, `skipped: ${quoted.skip}`);

  const { token } = await createHandoff(db, { cartId: message.cartId, channel: "reminder", createdBy: `reminder:${message.id}`, recoveryMessageId: message.id, now });
  const words = await shortWords(db, message, quoted, locale, now);
  const url = `${handoffUrl(locale, token)}?${reminderMarker.param}=${reminderMarker.value}`;

  if (message.channel === "sms") {
    if (!message.smsPhone) return notSent(db, message.id, "no phone");
    const sent = await sendSms(db, { to: message.smsPhone, body: words.sms(url) }, smsProvider ? { provider: smsProvider } : {}).catch(async (error: unknown) => {
      // Twilio's "unsubscribed recipient": the number answered STOP. Remember it; no retry can help.
      if (!(error instanceof Error && error.message.includes(`(code ${twilioOptedOut})`))) throw error;
      await optOutPhone(db, message.smsPhone!);
      return { sent: false as const, reason: "opted_out" as const };
    });
    if (!sent.sent) return notSent(db, message.id, sent.reason);
    return delivered(db, message.id, now);
  }

  const subscriptions = await activePushSubscriptions(db, message.cartId);
  if (subscriptions.length === 0) return notSent(db, message.id, "no live push subscription");
  const payload: PushPayload = { title: words.title, body: words.body, url, tag: `cart-${message.cartId}`, lang: localeTags[locale], dir: directionOf(locale) };
  const keys = vapid ?? (await vapidDetails(db));
  const results = await Promise.all(subscriptions.map((subscription) => sendPush(db, subscription, payload, { vapid: keys })));
  if (results.some((result) => result.ok)) return delivered(db, message.id, now);
  const failed = results.filter((result) => !result.ok);
  // Every browser unsubscribed: nothing to try again. Otherwise a push service failed: retry.
  if (failed.every((result) => result.gone)) return notSent(db, message.id, "push subscriptions gone");
  throw new DeliveryRetry(`push failed: ${failed.map((result) => result.error).join("; ")}`);
}

/** The reminder's words in the shopper's language: a push's title and body, a text's body. */
async function shortWords(db: Executor, message: ReminderMessage, quoted: QuotedReminderCart, locale: Locale, now: Date) {
  const t = createTranslator({ locale, messages: quoted.messages, namespace: "reminderShort" });
  const count = quoted.view.lines.reduce((sum, line) => sum + line.quantity, 0);
  const items = t("items", { count });
  const amount = quoted.format(quoted.quote.total);
  const total = totalBeforeTax(quoted.tax) ? t("totalBeforeTax", { total: amount }) : t("total", { total: amount });
  const incentive = message.incentiveCode
    ? await describeIncentive(db, { code: message.incentiveCode, rules: quoted.rules, translator: await mailTranslator(locale), tag: quoted.tag, now })
    : null;
  const soldOut = quoted.view.lines.some((line) => line.available < line.quantity);
  const extras = [soldOut ? t("unavailable") : null, incentive ? t("offer", { code: incentive.code, offer: incentive.offer }) : null].filter(Boolean);
  return {
    title: t("pushTitle", { storeName: store.name }),
    body: [t("pushBody", { items, total }), ...extras].join(" "),
    sms: (url: string) => [t("sms", { storeName: store.name, items, total, url }), ...extras, t("smsStop")].join(" "),
  };
}

async function delivered(db: Executor, id: number, now: Date): Promise<DeliveryOutcome> {
  await db.execute(sql`update recovery_messages set delivered_at = ${now.toISOString()}::timestamptz, delivery_error = null where id = ${id}`);
  return { outcome: "delivered" };
}

/** A failed attempt, kept on the message while its job retries. */
export async function recordDeliveryError(db: Executor, id: number, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  await db.execute(sql`update recovery_messages set delivery_error = ${reason.slice(0, 500)} where id = ${id} and delivered_at is null`);
}

async function notSent(db: Executor, id: number, reason: string): Promise<DeliveryOutcome> {
  await db.execute(sql`update recovery_messages set delivery_error = ${reason} where id = ${id}`);
  return { outcome: "not_sent", reason };
}

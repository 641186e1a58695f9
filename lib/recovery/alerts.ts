import "server-only";
import type { RecoveryChannel } from "@/db/schema";
import { sql } from "drizzle-orm";
import { createElement } from "react";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { localeTags } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { JobQueue } from "@/lib/jobs/queue";
import { queueMail, type MailRenderer } from "@/lib/mail/send";
import { StaffAlert } from "@/lib/mail/templates/staff-alert";
import { mailTranslator } from "@/lib/mail/translator";
import { formatMoney, money, type Money } from "@/lib/money";
import { recordWebhookEvent } from "@/lib/webhooks/events";
import type { StepDecision } from "./decide";
import type { RecoverySettings } from "./settings";

type Jobs = Pick<JobQueue, "enqueue">;

/**
 * E6: the moment a cart counts as abandoned is when its first reminder step comes due and finds the
 * shopper gone: it is sent, or held only by quiet hours, or stopped only because the shopper may not
 * be mailed (no consent, unsubscribed). The cart is just as abandoned then, and staff can still call.
 * A step that waits for activity or a payment in progress is not yet abandonment.
 */
export function isAbandonment(step: number, decision: StepDecision): boolean {
  if (step !== 1) return false;
  if (decision.action === "send") return true;
  if (decision.action === "wait") return decision.reason === "quiet_hours";
  return decision.reason === "no_consent" || decision.reason === "unsubscribed";
}

/**
 * The cart's value for alerts and webhooks: its lines at the catalog's current prices (before
 * discounts, shipping and tax), in the catalog currency; the largest if a cart mixes currencies.
 */
export async function cartValue(tx: Executor, cartId: string): Promise<(Money & { itemCount: number }) | null> {
  const [row] = await queryRows<{ amount: number; currency: string; itemCount: number }>(
    tx,
    sql`select sum(v.price * l.quantity)::int as amount, v.currency, sum(l.quantity)::int as "itemCount"
        from cart_lines l join variants v on v.id = l.variant_id where l.cart_id = ${cartId}
        group by v.currency order by 1 desc limit 1`,
  );
  return row ? { ...money(row.amount, row.currency), itemCount: row.itemCount } : null;
}

/**
 * Reports an abandoned cart, in the step's transaction: the staff alert when it is worth at least
 * the merchant's minimum in its currency, and the `cart.abandoned` webhook (with the shopper's
 * email: integrations such as a CRM or a sales call need it). Each at most once per cart, however
 * often step 1 comes round (a dedupe key; an event id derived from the cart).
 */
export async function reportAbandonment(
  tx: Executor,
  jobs: Jobs,
  { cartId, email, settings, now }: { cartId: string; email: string; settings: RecoverySettings; now: Date },
): Promise<{ staffAlert: boolean }> {
  const value = await cartValue(tx, cartId);
  if (!value) return { staffAlert: false };
  const minimum = settings.staffAlert?.minimum[value.currency];
  const staffAlert = settings.staffAlert !== null && minimum !== undefined && value.amount >= minimum;
  if (staffAlert) {
    await queueMail(tx, {
      to: settings.staffAlert!.to,
      template: "staff-alert",
      locale: "en",
      params: { cartId, email, amount: value.amount, currency: value.currency, itemCount: value.itemCount },
      dedupeKey: staffAlertKey(cartId),
    });
  }
  await recordWebhookEvent(
    tx,
    jobs,
    { type: "cart.abandoned", subject: cartId, at: now, data: { cartId, email, value: { amount: value.amount, currency: value.currency }, itemCount: value.itemCount, step: 1 } },
    settings.webhookUrls,
  );
  return { staffAlert };
}

export const staffAlertKey = (cartId: string) => `staff-alert:${cartId}`;

/** `reminder.sent`, in the step's transaction. */
export async function reportReminderSent(
  tx: Executor,
  jobs: Jobs,
  {
    cartId,
    messages,
    step,
    incentive,
    settings,
    now,
  }: { cartId: string; messages: Partial<Record<RecoveryChannel, number>>; step: number; incentive: boolean; settings: RecoverySettings; now: Date },
) {
  if (settings.webhookUrls.length === 0) return;
  const value = await cartValue(tx, cartId);
  for (const [channel, messageId] of Object.entries(messages)) {
    await recordWebhookEvent(
      tx,
      jobs,
      { type: "reminder.sent", subject: String(messageId), at: now, data: { cartId, messageId, step, channel, incentive, value: value && { amount: value.amount, currency: value.currency } } },
      settings.webhookUrls,
    );
  }
}

/** `reminder.clicked`: the first opening of a reminder's link (lib/cart/handoff.ts), in the transaction that recorded it. */
export async function reportReminderClicked(
  tx: Executor,
  jobs: Jobs,
  { message, webhookUrls, now }: { message: { id: number; cartId: string; step: number; channel: string }; webhookUrls: readonly string[]; now: Date },
) {
  const { id, cartId, step, channel } = message;
  await recordWebhookEvent(tx, jobs, { type: "reminder.clicked", subject: String(id), at: now, data: { cartId, messageId: id, step, channel } }, webhookUrls);
}

/** `cart.recovered`: an order credited to a reminder (lib/recovery/attribution.ts), in the order's transaction. */
export async function reportRecovery(
  tx: Executor,
  jobs: Jobs,
  { order, by, webhookUrls, now }: { order: { id: string; number: number; cartId: string; total: number; currency: string }; by: { step: number; channel: string; messageId: number; clicked: boolean }; webhookUrls: readonly string[]; now: Date },
) {
  await recordWebhookEvent(
    tx,
    jobs,
    {
      type: "cart.recovered",
      subject: order.id,
      at: now,
      data: { cartId: order.cartId, orderId: order.id, orderNumber: order.number, value: { amount: order.total, currency: order.currency }, ...by },
    },
    webhookUrls,
  );
}

const alertParams = z.object({
  cartId: z.uuid(),
  email: z.string(),
  amount: z.number().int(),
  currency: z.string().length(3),
  itemCount: z.number().int(),
});

/** The staff alert as queued: English, from the figures at the moment of abandonment. */
export const renderStaffAlert: MailRenderer = async (_db, params) => {
  const alert = alertParams.parse(params);
  const [messages, layout] = await Promise.all([loadMessages("en"), mailTranslator("en")]);
  const t = createTranslator({ locale: "en", messages, namespace: "alerts" });
  const value = formatMoney(money(alert.amount, alert.currency), localeTags.en);
  const subject = t("staffAlertSubject", { value });
  return {
    subject,
    body: createElement(StaffAlert, {
      ...layout,
      preview: subject,
      lines: [t("staffAlertBody", { value, items: alert.itemCount }), t("staffAlertContact", { email: alert.email }), t("staffAlertCart", { cartId: alert.cartId })],
    }),
  };
};

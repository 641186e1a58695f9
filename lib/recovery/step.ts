import "server-only";
import { insertReminderEvent } from "@/lib/analytics/queries";
import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { variantDetailsJoins } from "@/lib/cart/queries";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { RecoveryChannel } from "@/db/schema";
import { queueMail } from "@/lib/mail/send";
import { isAbandonment, reportAbandonment, reportReminderSent } from "./alerts";
import { decideStep, nextStepDueAt, type StepDecision, type StepFacts, type StopReason } from "./decide";
import { reminderDeliveryQueue } from "./delivery-queue";
import { recordRecoveryExposures, recoveryArmsFor } from "@/lib/experiments/recovery-arms";
import { createIncentiveCoupon } from "./incentive";
import { segmentFacts } from "./segment-facts";
import { segmentOf, treatmentFor, type Segment, type Treatment } from "./segments";
import { isTimeZone, loadRecoverySettings, type RecoverySettings } from "./settings";
import { queueStep, type StepQueue } from "./start";
import type { RecoveryStepJob } from "./step-queue";

export type StepOutcome =
  | { outcome: "ended" }
  | { outcome: "already_sent" }
  | Exclude<StepDecision, { action: "send" }>
  | { action: "send"; messageId: number; messageIds: Partial<Record<RecoveryChannel, number>>; incentiveCode: string | null; unavailable: string[] };

interface SequenceRow {
  locale: string;
  timeZone: string | null;
  marketingConsent: boolean;
  stopped: boolean;
}

/**
 * Runs one due step of a cart's reminder sequence (the `recovery-step` job), all in one
 * transaction with the sequence row locked, so two workers on the same step take turns and the
 * second finds the first one's message. Sending writes the message (unique per cart, step and
 * channel), the incentive code, the outbox mail and the next step together: all or nothing, once.
 */
export async function runRecoveryStep(
  db: Executor,
  jobs: StepQueue,
  { cartId, step }: RecoveryStepJob,
  { now = new Date(), settings: given }: { now?: Date; settings?: RecoverySettings } = {},
): Promise<StepOutcome> {
  return db.transaction(async (tx) => {
    const merchantSettings = given ?? (await loadRecoverySettings(tx));
    const [sequence] = await queryRows<SequenceRow>(
      tx,
      sql`select locale, time_zone as "timeZone", marketing_consent as "marketingConsent", stopped_at is not null as stopped
          from recovery_sequences where cart_id = ${cartId} for update`,
    );
    if (!sequence || sequence.stopped) return { outcome: "ended" };
    // G4: experiments on the reminders decide the cart's incentive and timing with its visitor's arms.
    const { settings, arms } = await recoveryArmsFor(tx, { cartId, settings: merchantSettings });
    const facts = await stepFacts(tx, { cartId, step }, sequence, settings);
    if (!facts) return { outcome: "ended" };
    if (facts.alreadySent) return { outcome: "already_sent" };
    await recordSegment(tx, cartId, facts.segment, facts.treatment);

    const decision = decideStep(facts, settings, now);
    // E6: the staff alert and `cart.abandoned`, once per cart, with whatever the step does next.
    if (facts.email && isAbandonment(step, decision)) await reportAbandonment(tx, jobs, { cartId, email: facts.email, settings, now });
    if (decision.action === "stop") {
      await stopSequence(tx, { cartId, reason: decision.reason, now });
      return decision;
    }
    if (decision.action === "wait") {
      await queueStep(tx, jobs, { cartId, step, startAfter: decision.until });
      return decision;
    }

    const locale: Locale = isLocale(sequence.locale) ? sequence.locale : defaultLocale;
    const unavailable = await unavailableItems(tx, { cartId, locale });
    const messageIds: Partial<Record<RecoveryChannel, number>> = {};
    for (const channel of decision.channels) {
      const [message] = await queryRows<{ id: number }>(
        tx,
        sql`insert into recovery_messages (cart_id, step, channel, sent_at, unavailable)
            values (${cartId}, ${step}, ${channel}, ${now.toISOString()}::timestamptz, ${JSON.stringify(unavailable)}::jsonb)
            on conflict (cart_id, step, channel) do nothing returning id`,
      );
      if (!message) return { outcome: "already_sent" };
      messageIds[channel] = message.id;
    }
    const messageId = messageIds[decision.channels[0]!]!;
    const incentiveCode = decision.incentive ? await createIncentiveCoupon(tx, { settings, now }) : null;
    await recordRecoveryExposures(tx, arms, { step, last: decision.last, now });
    if (incentiveCode) await tx.execute(sql`update recovery_messages set incentive_code = ${incentiveCode} where cart_id = ${cartId} and step = ${step}`);
    if (messageIds.email) {
      await queueMail(tx, {
        to: facts.email!,
        template: "cart-reminder",
        locale,
        params: { cartId, step, messageId: messageIds.email, incentiveCode, unavailable },
        dedupeKey: `cart-reminder:${cartId}:${step}`,
      });
    }
    for (const id of [messageIds.push, messageIds.sms]) {
      if (id) await jobs.enqueue(reminderDeliveryQueue.name, { messageId: id }, { singletonKey: `reminder:${id}`, inTransaction: tx });
    }
    await reportReminderSent(tx, jobs, { cartId, messages: messageIds, step, incentive: incentiveCode !== null, settings, now });
    for (const [channel, id] of Object.entries(messageIds)) await insertReminderEvent(tx, "reminder_sent", { cartId, messageId: id, step, channel, at: now });
    if (decision.last) await stopSequence(tx, { cartId, reason: "finished", now });
    else await queueStep(tx, jobs, { cartId, step: step + 1, startAfter: nextStepDueAt(facts, settings.delays, now) });
    return { action: "send", messageId, messageIds, incentiveCode, unavailable };
  });
}

/** E5: the segment and treatment the step found, for the report. */
async function recordSegment(tx: Executor, cartId: string, segment: Segment, treatment: Treatment) {
  await tx.execute(
    sql`update recovery_sequences set segment = ${segment.temperature}, returning_visitor = ${segment.visitor === "returning"}, treatment = ${treatment}
        where cart_id = ${cartId}`,
  );
}

/** Stops a sequence for good (a no-op once stopped). */
export async function stopSequence(tx: Executor, { cartId, reason, now = new Date() }: { cartId: string; reason: StopReason; now?: Date }) {
  await tx.execute(
    sql`update recovery_sequences set stopped_at = ${now.toISOString()}::timestamptz, stop_reason = ${reason}
        where cart_id = ${cartId} and stopped_at is null`,
  );
}

type FactsRow = Omit<StepFacts, "step" | "lastActivityAt" | "previousSentAt" | "marketingConsent" | "timeZone" | "treatment"> & {
  lastActivityAt: Date | string;
  previousSentAt: Date | string | null;
  checkoutConsent: boolean | null;
  checkoutTimeZone: string | null;
  alreadySent: boolean;
};

/** The cart as the step finds it: orders, items, contacts, unsubscribes, activity, segment, and what was sent before. */
async function stepFacts(
  tx: Transaction,
  { cartId, step }: RecoveryStepJob,
  sequence: SequenceRow,
  settings: RecoverySettings,
): Promise<(StepFacts & { alreadySent: boolean; segment: Segment }) | null> {
  const [row] = await queryRows<FactsRow>(
    tx,
    sql`select
          c.status = 'ordered' or exists (select 1 from orders o where o.cart_id = c.id and o.status in ('paid', 'awaiting_transfer', 'pay_on_delivery')) as ordered,
          exists (select 1 from orders o where o.cart_id = c.id and o.status = 'pending_payment') as paying,
          case when c.status = 'merged' then 0 else (select count(*)::int from cart_lines l where l.cart_id = c.id) end as "itemCount",
          coalesce(k.email, u.email) as email,
          exists (select 1 from mail_unsubscribes m where m.email = lower(coalesce(k.email, u.email))) as unsubscribed,
          case when k.email is not null then k.marketing_consent end as "checkoutConsent",
          k.time_zone as "checkoutTimeZone",
          greatest(c.updated_at, coalesce(k.updated_at, c.updated_at)) as "lastActivityAt",
          exists (select 1 from push_subscriptions p where p.cart_id = c.id and p.expired_at is null) as "pushSubscribed",
          case when ${settings.textReminders}::boolean and not exists (select 1 from sms_opt_outs o where o.phone = k.sms_phone) then k.sms_phone end as "smsPhone",
          (select max(sent_at) from recovery_messages m where m.cart_id = c.id and m.step = ${step - 1}) as "previousSentAt",
          exists (select 1 from recovery_messages m where m.cart_id = c.id and m.step = ${step}) as "alreadySent"
        from carts c left join checkouts k on k.cart_id = c.id left join users u on u.id = c.user_id
        where c.id = ${cartId}`,
  );
  const found = row && (await segmentFacts(tx, cartId));
  if (!row || !found) return null;
  const segment = segmentOf(found);
  const timeZone = [row.checkoutTimeZone, sequence.timeZone].find((zone): zone is string => zone !== null && isTimeZone(zone)) ?? null;
  return {
    step,
    ordered: row.ordered,
    paying: row.paying,
    itemCount: row.itemCount,
    email: row.email,
    unsubscribed: row.unsubscribed,
    // The consent given with the checkout's email, as it is now; a sequence started for an owner keeps its own.
    marketingConsent: row.checkoutConsent ?? sequence.marketingConsent,
    lastActivityAt: new Date(row.lastActivityAt),
    previousSentAt: row.previousSentAt === null ? null : new Date(row.previousSentAt),
    timeZone,
    pushSubscribed: row.pushSubscribed,
    smsPhone: row.smsPhone,
    treatment: treatmentFor(segment, settings.segments),
    segment,
    alreadySent: row.alreadySent,
  };
}

/** Names of the cart's items that can no longer be bought (none left, or the product withdrawn), in the shopper's language. */
async function unavailableItems(tx: Transaction, { cartId, locale }: { cartId: string; locale: Locale }): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select distinct coalesce(tl.name, te.name) as name from cart_lines l join variants v on v.id = l.variant_id
        ${variantDetailsJoins(locale)}
        where l.cart_id = ${cartId} and (p.status <> 'active' or i.on_hand - i.reserved <= 0)
        order by 1`,
  );
  return rows.map((row) => row.name);
}

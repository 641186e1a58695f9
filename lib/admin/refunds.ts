import "server-only";
import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orderEvents, refunds } from "@/db/schema";
import { OutcomeUnknownError, type Gateway } from "@/lib/payments/types";
import { recordAudit, type Actor } from "./audit";
import { lockOrder } from "./order-actions";

/** Why no money went back; `too_much` says how much still could, `gateway_failed` what the gateway answered. */
export type RefundRefusal = "not_found" | "nothing_paid" | "too_much" | "gateway_failed";
export type RefundOrderResult = { ok: true; refundId: number; status: "succeeded" } | { ok: false; reason: RefundRefusal; available?: number; message?: string };

export interface RefundOrderInput {
  number: number;
  /** Minor units of the order's currency: a positive integer, at most what was paid and not yet refunded. */
  amount: number;
  /** Why, for the merchant's records (kept on the refund, never sent to the gateway). */
  reason?: string | null;
  /** One per refund the merchant means (one per form): a double submit or a retry is the same refund. */
  idempotencyKey: string;
  actor: Actor;
  now?: Date;
}

type LockedOrder = NonNullable<Awaited<ReturnType<typeof lockOrder>>>;
interface RefundRow {
  id: number;
  orderId: string;
  amount: number;
  currency: string;
  reason: string | null;
  status: "pending" | "succeeded" | "failed";
}
/** A card refund written `pending`, to be asked of the gateway. */
interface PendingRefund extends RefundRow {
  providerPaymentId: string;
  idempotencyKey: string;
}
/** The gateway's answer: the refund's id, a refusal, or no answer we can trust (asking again with the key tells). */
type GatewayAnswer = { status: "succeeded"; id: string } | { status: "failed"; message: string } | { status: "unknown"; message: string };

/** The key the gateway gets: in a namespace of its own, as Stripe's keys are shared by every request of the account. */
export const gatewayRefundKey = (idempotencyKey: string) => `refund-${idempotencyKey}`;

/**
 * Gives money back on an order, in full or in part, never more than was paid.
 *
 * 1. With the order locked: what was paid, minus refunds that did not fail, is what may go back;
 *    the refund is written `pending`, so a second refund at the same time sees it. Cash on delivery
 *    and bank transfers are handed back outside the store: recorded as succeeded there and then.
 * 2. A card refund is asked of the gateway, outside any transaction, under the refund's key.
 * 3. With the order locked again: the refund succeeded (event, audit, and the payment `refunded`
 *    once all of it went back) or failed (audit; its amount is available again).
 *
 * The same idempotency key answers with its refund's outcome and never refunds twice: a refund a
 * crash (or a gateway timeout) left `pending` is finished by asking the gateway again under the same
 * key, which answers with the refund it made, if any.
 */
export async function refundOrder(
  db: Executor,
  gateway: Gateway,
  { number, amount, reason = null, idempotencyKey, actor, now = new Date() }: RefundOrderInput,
): Promise<RefundOrderResult> {
  if (idempotencyKey.length === 0 || idempotencyKey.length > 200) throw new TypeError("Refund idempotency key must be 1 to 200 characters");
  const started = await db.transaction(async (tx): Promise<{ done: RefundOrderResult } | { pending: PendingRefund }> => {
    const order = await lockOrder(tx, number);
    if (!order) return { done: { ok: false, reason: "not_found" } };
    const { currency, paid, refunded } = order;
    const payment = { provider: order.paymentProvider, providerPaymentId: order.providerPaymentId };
    const card = order.paymentMethod === "card";
    const [existing] = await queryRows<RefundRow>(
      tx,
      sql`select id, order_id as "orderId", amount, currency, reason, status from refunds where idempotency_key = ${idempotencyKey}`,
    );
    if (existing) {
      if (existing.orderId !== order.id) throw new Error(`Refund key ${idempotencyKey} belongs to another order than ${number}`);
      if (existing.status !== "pending") return { done: await outcomeOf(tx, number, existing) };
      if (!card) return { done: await succeed(tx, order, existing, null, actor, now) };
      const target = gatewayTarget(gateway, payment);
      return "message" in target ? { done: { ok: false, reason: "gateway_failed", message: target.message } } : { pending: { ...existing, ...target, idempotencyKey } };
    }

    if (paid <= 0) return { done: { ok: false, reason: "nothing_paid" } };
    const available = Math.max(0, paid - refunded);
    if (!Number.isSafeInteger(amount) || amount <= 0 || amount > available) return { done: { ok: false, reason: "too_much", available } };
    const target = card ? gatewayTarget(gateway, payment) : null;
    if (target && "message" in target) return { done: { ok: false, reason: "gateway_failed", message: target.message } };

    const [refund] = await tx
      .insert(refunds)
      .values({ orderId: order.id, idempotencyKey, amount, currency, reason, status: "pending", createdBy: actor.email, createdAt: now })
      .returning({ id: refunds.id, orderId: refunds.orderId, amount: refunds.amount, currency: refunds.currency, reason: refunds.reason, status: refunds.status });
    // Cash handed back or a transfer sent by the merchant: nothing for a gateway to do.
    if (!target) return { done: await succeed(tx, order, refund!, null, actor, now) };
    return { pending: { ...refund!, ...target, idempotencyKey } };
  });
  if ("done" in started) return started.done;

  const { pending } = started;
  const answer = await askGateway(gateway, pending);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, number);
    if (!order) return { ok: false, reason: "not_found" };
    const [refund] = await queryRows<RefundRow>(
      tx,
      sql`select id, order_id as "orderId", amount, currency, reason, status from refunds where id = ${pending.id}`,
    );
    if (!refund) return { ok: false, reason: "not_found" };
    if (refund.status === "succeeded") return { ok: true, refundId: refund.id, status: "succeeded" };
    // The gateway gave the money back: that is what happened, whatever an earlier attempt recorded.
    if (answer.status === "succeeded") return succeed(tx, order, refund, answer.id, actor, now);
    if (refund.status === "failed") return outcomeOf(tx, number, refund);
    // Perhaps refunded, perhaps not: the refund stays pending (its amount held) until the same key is tried again.
    if (answer.status === "unknown") return { ok: false, reason: "gateway_failed", message: answer.message };
    await tx.update(refunds).set({ status: "failed" }).where(sql`${refunds.id} = ${refund.id}`);
    await recordAudit(tx, {
      actor,
      action: "order.refund_failed",
      subjectType: "order",
      subjectId: String(number),
      // Read with the order locked, before this refund failed: what had gone back without it.
      before: { refunded: order.refunded - refund.amount },
      after: { refundId: refund.id, amount: refund.amount, currency: refund.currency, reason: refund.reason, status: "failed", error: answer.message },
      at: now,
    });
    return { ok: false, reason: "gateway_failed", message: answer.message };
  });
}

/** The card payment to refund, with the gateway that took it; or why it cannot be asked. */
function gatewayTarget(gateway: Gateway, payment: { provider: string | null; providerPaymentId: string | null }): { providerPaymentId: string } | { message: string } {
  if (!payment.providerPaymentId) return { message: "payment_not_found" };
  if (payment.provider !== gateway.kind || !gateway.refund) return { message: `refunds_unavailable: paid with ${payment.provider}, the store now uses ${gateway.kind}` };
  return { providerPaymentId: payment.providerPaymentId };
}

async function askGateway(gateway: Gateway, refund: PendingRefund): Promise<GatewayAnswer> {
  try {
    const { id } = await gateway.refund!(refund.providerPaymentId, { amount: refund.amount, idempotencyKey: gatewayRefundKey(refund.idempotencyKey) });
    return { status: "succeeded", id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof OutcomeUnknownError ? { status: "unknown", message } : { status: "failed", message };
  }
}

/** Records a refund as succeeded, on the order's timeline and in the audit log; the payment is `refunded` once all of it went back. */
async function succeed(tx: Transaction, order: LockedOrder, refund: RefundRow, providerRefundId: string | null, actor: Actor, now: Date): Promise<RefundOrderResult> {
  await tx.update(refunds).set({ status: "succeeded", providerRefundId }).where(sql`${refunds.id} = ${refund.id}`);
  const [{ refunded } = { refunded: 0 }] = await queryRows<{ refunded: number }>(
    tx,
    sql`select coalesce(sum(amount), 0)::int as refunded from refunds where order_id = ${order.id} and status = 'succeeded'`,
  );
  if (refunded >= order.paid) {
    await tx.execute(sql`update payments set status = 'refunded', updated_at = ${now.toISOString()}::timestamptz where order_id = ${order.id} and status = 'succeeded'`);
  }
  await tx.insert(orderEvents).values({ orderId: order.id, type: "refunded", actor: actor.email, data: { amount: refund.amount, currency: refund.currency, refundId: refund.id }, at: now });
  await recordAudit(tx, {
    actor,
    action: "order.refund",
    subjectType: "order",
    subjectId: String(order.number),
    before: { refunded: refunded - refund.amount },
    after: { refundId: refund.id, amount: refund.amount, currency: refund.currency, reason: refund.reason, providerRefundId, refunded },
    at: now,
  });
  return { ok: true, refundId: refund.id, status: "succeeded" };
}

/** What a finished refund came to, as its key answers a repeated request: a failure with the gateway's words from the audit log. */
async function outcomeOf(tx: Transaction, number: number, refund: RefundRow): Promise<RefundOrderResult> {
  if (refund.status === "succeeded") return { ok: true, refundId: refund.id, status: "succeeded" };
  const [audit] = await queryRows<{ error: string | null }>(
    tx,
    sql`select after->>'error' as error from admin_audit
        where subject_type = 'order' and subject_id = ${String(number)} and action = 'order.refund_failed' and after->>'refundId' = ${String(refund.id)}
        order by id desc limit 1`,
  );
  return { ok: false, reason: "gateway_failed", ...(audit?.error ? { message: audit.error } : {}) };
}

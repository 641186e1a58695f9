import "server-only";
import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orderEvents, orderFulfillments } from "@/db/schema";
import { releaseCoupon, releaseStock } from "@/lib/checkout/orders";
import { isLocale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/mail/send";
import { recordAudit, type Actor } from "./audit";

/** Why an order action did nothing; the admin says it in words next to the form. */
export type OrderActionRefusal = "not_found" | "not_payable" | "not_shippable" | "already_fulfilled" | "not_cancellable" | "refund_first";
export type OrderActionResult = { ok: true } | { ok: false; reason: OrderActionRefusal };

/** The shipping mail's key in the outbox: one per order. */
export const shippedMailKey = (orderId: string) => `order-shipped:${orderId}`;

interface LockedOrder {
  id: string;
  number: number;
  email: string;
  locale: string;
  status: string;
  paymentMethod: string;
  currency: string;
  total: number;
  stockSettled: boolean;
  /** The payment's gateway ("test", "stripe", …) and its id there, if there is a payment. */
  paymentProvider: string | null;
  providerPaymentId: string | null;
  fulfilled: boolean;
  paid: number;
  refunded: number;
}

/**
 * The order, locked for the rest of the transaction: two staff acting at once take turns, the second
 * sees the first's change. The lock is taken first and the facts read after it, in a statement of
 * their own: on PostgreSQL a statement that waited for a lock still reads the rest as it was before.
 */
export async function lockOrder(tx: Transaction, number: number): Promise<LockedOrder | null> {
  const [locked] = await queryRows<{ id: string }>(tx, sql`select id from orders where number = ${number} for update`);
  if (!locked) return null;
  const [order] = await queryRows<LockedOrder>(
    tx,
    sql`select o.id, o.number, o.email, o.locale, o.status, o.payment_method as "paymentMethod", o.currency, o.total, o.stock_settled as "stockSettled",
               p.provider as "paymentProvider", p.provider_payment_id as "providerPaymentId",
               exists (select 1 from order_fulfillments f where f.order_id = o.id) as fulfilled,
               case when o.status = 'paid' then coalesce(case when p.status in ('succeeded', 'refunded') then p.amount end, o.total) else 0 end as paid,
               coalesce((select sum(amount) from refunds r where r.order_id = o.id and r.status <> 'failed'), 0)::int as refunded
        from orders o left join payments p on p.order_id = o.id where o.id = ${locked.id}`,
  );
  return order ?? null;
}

const event = (tx: Executor, orderId: string, type: (typeof orderEvents.$inferInsert)["type"], actor: Actor, data: Record<string, unknown>, at: Date) =>
  tx.insert(orderEvents).values({ orderId, type, actor: actor.email, data, at });

/** Cash on delivery collected or a bank transfer arrived: the order is paid. */
export async function markOrderPaid(db: Executor, { number, actor, now = new Date() }: { number: number; actor: Actor; now?: Date }): Promise<OrderActionResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, number);
    if (!order) return { ok: false, reason: "not_found" };
    if (order.status !== "awaiting_transfer" && order.status !== "pay_on_delivery") return { ok: false, reason: "not_payable" };
    await tx.execute(sql`update orders set status = 'paid', updated_at = ${now.toISOString()}::timestamptz where id = ${order.id}`);
    await tx.execute(sql`update payments set status = 'succeeded', updated_at = ${now.toISOString()}::timestamptz where order_id = ${order.id}`);
    await event(tx, order.id, "marked_paid", actor, { method: order.paymentMethod }, now);
    await recordAudit(tx, { actor, action: "order.mark_paid", subjectType: "order", subjectId: String(number), before: { status: order.status }, after: { status: "paid" }, at: now });
    return { ok: true };
  });
}

/**
 * The order is on its way: its carrier and tracking number are kept, shown on the shopper's status
 * page, and mailed to them in their language (queued in the same transaction). A paid order or one
 * paid on delivery ships; a bank transfer waits for its money. Once only.
 */
export async function fulfilOrder(
  db: Executor,
  { number, carrier, trackingNumber, actor, now = new Date() }: { number: number; carrier: string; trackingNumber: string; actor: Actor; now?: Date },
): Promise<OrderActionResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, number);
    if (!order) return { ok: false, reason: "not_found" };
    if (order.fulfilled) return { ok: false, reason: "already_fulfilled" };
    if (order.status !== "paid" && order.status !== "pay_on_delivery") return { ok: false, reason: "not_shippable" };
    await tx.insert(orderFulfillments).values({ orderId: order.id, carrier, trackingNumber, shippedAt: now, shippedBy: actor.email });
    await event(tx, order.id, "fulfilled", actor, { carrier, trackingNumber }, now);
    await recordAudit(tx, { actor, action: "order.fulfil", subjectType: "order", subjectId: String(number), before: null, after: { carrier, trackingNumber }, at: now });
    await queueMail(tx, {
      to: order.email,
      template: "order-shipped",
      locale: isLocale(order.locale) ? order.locale : "en",
      params: { number },
      dedupeKey: shippedMailKey(order.id),
    });
    return { ok: true };
  });
}

/**
 * Cancels an order that has not shipped: its units go back on the shelf (or its hold is released)
 * and its coupon's use is given back, once, as the status check runs with the order locked. Money
 * taken is refunded first, so a cancelled order never keeps a payment.
 */
export async function cancelOrder(db: Executor, { number, reason, actor, now = new Date() }: { number: number; reason: string; actor: Actor; now?: Date }): Promise<OrderActionResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, number);
    if (!order) return { ok: false, reason: "not_found" };
    if (order.fulfilled || !["awaiting_transfer", "pay_on_delivery", "paid"].includes(order.status)) return { ok: false, reason: "not_cancellable" };
    if (order.status === "paid" && order.refunded < order.paid) return { ok: false, reason: "refund_first" };
    if (order.stockSettled) {
      await tx.execute(
        sql`update inventory i set on_hand = i.on_hand + l.quantity from order_lines l where l.order_id = ${order.id} and i.variant_id = l.variant_id`,
      );
      await releaseCoupon(tx, order.id);
    } else {
      await releaseStock(tx, order.id);
    }
    await tx.execute(sql`update orders set status = 'cancelled', stock_settled = true, reserved_until = null, updated_at = ${now.toISOString()}::timestamptz where id = ${order.id}`);
    await event(tx, order.id, "cancelled", actor, { reason }, now);
    await recordAudit(tx, { actor, action: "order.cancel", subjectType: "order", subjectId: String(number), before: { status: order.status }, after: { status: "cancelled", reason }, at: now });
    return { ok: true };
  });
}

/** An internal note on the order's timeline (never shown to the shopper). */
export async function addOrderNote(db: Executor, { number, text, actor, now = new Date() }: { number: number; text: string; actor: Actor; now?: Date }): Promise<OrderActionResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, number);
    if (!order) return { ok: false, reason: "not_found" };
    await event(tx, order.id, "note", actor, { text }, now);
    await recordAudit(tx, { actor, action: "order.note", subjectType: "order", subjectId: String(number), after: { text }, at: now });
    return { ok: true };
  });
}

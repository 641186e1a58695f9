import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orders, payments } from "@/db/schema";
import { announceCartChange } from "@/lib/cart/queries";
import { attributeOrder } from "@/lib/recovery/attribution";
import { queueReceipt } from "./receipt";

/** Units an order holds, per variant (what its reservation covers). */
async function orderUnits(tx: Transaction, orderId: string) {
  return queryRows<{ variantId: number; quantity: number }>(
    tx,
    sql`select variant_id as "variantId", quantity from order_lines where order_id = ${orderId} order by variant_id`,
  );
}

/**
 * Holds stock for every line with a conditional update, so two orders can never take the last
 * unit twice and stock never goes below zero. Returns the variants that could not be held.
 */
export async function reserveStock(tx: Transaction, lines: { variantId: number; quantity: number }[]): Promise<number[]> {
  const short: number[] = [];
  // Always in variant order, so two orders over the same variants cannot deadlock.
  for (const line of [...lines].sort((a, b) => a.variantId - b.variantId)) {
    const held = await queryRows<{ variantId: number }>(
      tx,
      sql`update inventory set reserved = reserved + ${line.quantity}
          where variant_id = ${line.variantId} and on_hand - reserved >= ${line.quantity}
          returning variant_id as "variantId"`,
    );
    if (held.length === 0) short.push(line.variantId);
  }
  return short;
}

/** The reservation becomes a sale: the units leave the shelf. */
export async function commitStock(tx: Transaction, orderId: string) {
  for (const line of await orderUnits(tx, orderId)) {
    await tx.execute(
      sql`update inventory set on_hand = on_hand - ${line.quantity}, reserved = reserved - ${line.quantity} where variant_id = ${line.variantId}`,
    );
  }
  await tx.update(orders).set({ stockSettled: true, reservedUntil: null, updatedAt: new Date() }).where(eq(orders.id, orderId));
}

/** The reservation is given back (payment failed or never completed), and the coupon's use with it. */
export async function releaseStock(tx: Transaction, orderId: string) {
  for (const line of await orderUnits(tx, orderId)) {
    await tx.execute(sql`update inventory set reserved = greatest(reserved - ${line.quantity}, 0) where variant_id = ${line.variantId}`);
  }
  await releaseCoupon(tx, orderId);
  await tx.update(orders).set({ stockSettled: true, reservedUntil: null, chargeLeaseUntil: null, updatedAt: new Date() }).where(eq(orders.id, orderId));
}

/**
 * Takes one use of a coupon for an order, never above its limit: the conditional update is the
 * check, so ten orders racing for the last use cannot all get it. False when none is left.
 */
export async function holdCoupon(tx: Transaction, code: string): Promise<boolean> {
  const held = await queryRows<{ code: string }>(
    tx,
    sql`update coupons set times_used = times_used + 1 where code = ${code} and (usage_limit is null or times_used < usage_limit) returning code`,
  );
  return held.length > 0;
}

/** Gives an order's coupon use back (its payment failed, its hold expired, it was cancelled). */
export async function releaseCoupon(tx: Transaction, orderId: string) {
  const released = await queryRows<{ code: string }>(
    tx,
    sql`update orders set coupon_held = false where id = ${orderId} and coupon_held and coupon_code is not null returning coupon_code as code`,
  );
  for (const { code } of released) await tx.execute(sql`update coupons set times_used = greatest(times_used - 1, 0) where code = ${code}`);
}

/**
 * A placed order closes its cart, is credited to the cart's reminder if one brought it back (G5;
 * here, not at insertion, so a card order counts only once it is paid) and queues its receipt
 * (sent by the worker if not at once).
 */
export async function completeOrder(tx: Transaction, orderId: string) {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return;
  if (order.cartId) {
    await tx.execute(sql`update carts set status = 'ordered', version = version + 1, updated_at = now() where id = ${order.cartId} and status = 'active'`);
    await announceCartChange(tx, order.cartId);
    await attributeOrder(tx, { orderId, cartId: order.cartId, placedAt: order.createdAt });
  }
  await queueReceipt(tx, order);
}

export type PaymentOutcome =
  | { status: "succeeded"; providerPaymentId: string; brand?: string | null; last4?: string | null }
  | { status: "failed"; providerPaymentId: string | null; code: string };

/**
 * Applies a payment's outcome to its order, from the checkout itself or a provider webhook. Only a
 * pending order moves, and a success is final: a late "failed" after "succeeded" changes nothing,
 * while a success after a failure (the shopper retried on the same payment) still completes it.
 */
export async function applyPaymentOutcome(db: Executor, { orderId, outcome }: { orderId: string; outcome: PaymentOutcome }): Promise<"applied" | "ignored"> {
  return db.transaction(async (tx) => {
    const [order] = await queryRows<{ status: string; stockSettled: boolean }>(
      tx,
      sql`select status, stock_settled as "stockSettled" from orders where id = ${orderId} for update`,
    );
    if (!order) return "ignored";
    const now = new Date();
    if (outcome.status === "succeeded") {
      if (order.status === "paid") return "ignored";
      if (order.status !== "pending_payment" && order.status !== "payment_failed") return "ignored";
      await tx
        .update(payments)
        .set({ status: "succeeded", providerPaymentId: outcome.providerPaymentId, failureCode: null, cardBrand: outcome.brand ?? null, cardLast4: outcome.last4 ?? null, updatedAt: now })
        .where(eq(payments.orderId, orderId));
      if (order.stockSettled) {
        // The reservation was already given back after a failure: take the units again, even if
        // that oversells — the money is in, and the merchant must know (never silently refund).
        // The coupon's use is counted again for the same reason, even past its limit.
        await tx.execute(sql`update inventory i set on_hand = greatest(i.on_hand - l.quantity, 0), reserved = least(i.reserved, greatest(i.on_hand - l.quantity, 0))
          from order_lines l where l.order_id = ${orderId} and i.variant_id = l.variant_id`);
        await tx.execute(sql`with retaken as (update orders set coupon_held = true where id = ${orderId} and coupon_code is not null and not coupon_held returning coupon_code)
          update coupons set times_used = times_used + 1 where code in (select coupon_code from retaken)`);
      } else {
        await commitStock(tx, orderId);
      }
      await tx.update(orders).set({ status: "paid", stockSettled: true, reservedUntil: null, chargeLeaseUntil: null, updatedAt: now }).where(eq(orders.id, orderId));
      await completeOrder(tx, orderId);
      return "applied";
    }
    if (order.status !== "pending_payment") return "ignored";
    await tx
      .update(payments)
      .set({ status: "failed", failureCode: outcome.code, ...(outcome.providerPaymentId ? { providerPaymentId: outcome.providerPaymentId } : {}), updatedAt: now })
      .where(eq(payments.orderId, orderId));
    await releaseStock(tx, orderId);
    await tx.update(orders).set({ status: "payment_failed", updatedAt: now }).where(eq(orders.id, orderId));
    return "applied";
  });
}

/**
 * Card orders whose payment never finished give their stock (and coupon use) back once the hold
 * runs out; run by the maintenance worker on a schedule. An order a worker is still charging
 * (its lease is live) is left alone: its outcome decides.
 */
export async function releaseExpiredReservations(
  db: Executor,
  now = new Date(),
  { settle }: { settle?: (orderId: string) => Promise<boolean> } = {},
): Promise<number> {
  const expired = await expiredHolds(db, now);
  let released = 0;
  for (const { id } of expired) {
    // The gateway may know an outcome the store never heard of (a crash, a lost webhook): it wins.
    // `settle` is true when the order was settled or must not be cancelled yet.
    if (settle && (await settle(id))) continue;
    released += await cancelUnpaidOrder(db, id, now);
  }
  return released;
}

async function expiredHolds(db: Executor, now: Date) {
  return queryRows<{ id: string }>(
    db,
    sql`select id from orders where stock_settled = false and reserved_until < ${now.toISOString()}::timestamptz and status = 'pending_payment'
        and (charge_lease_until is null or charge_lease_until < ${now.toISOString()}::timestamptz) limit 100`,
  );
}

async function cancelUnpaidOrder(db: Executor, id: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const [order] = await queryRows<{ status: string }>(
      tx,
      sql`select status from orders where id = ${id} and stock_settled = false
          and (charge_lease_until is null or charge_lease_until < ${now.toISOString()}::timestamptz) for update`,
    );
    if (!order || order.status !== "pending_payment") return 0;
    await releaseStock(tx, id);
    await tx.update(orders).set({ status: "cancelled", updatedAt: new Date() }).where(eq(orders.id, id));
    await tx.update(payments).set({ status: "failed", failureCode: "expired", updatedAt: new Date() }).where(eq(payments.orderId, id));
    return 1;
  });
}

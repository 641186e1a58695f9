import "server-only";
import { and, asc, desc, eq, gt, inArray, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { orderFulfillments, orderLines, orders, payments } from "@/db/schema";

export type OrderView = NonNullable<Awaited<ReturnType<typeof getOrderView>>>;

/** An order with its lines, payment and shipment, for the confirmation/status page and the receipt. */
export async function getOrderView(db: Executor, { number }: { number: number }) {
  const [order] = await db.select().from(orders).where(eq(orders.number, number));
  if (!order) return null;
  const [lines, [payment], [shipment]] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.productName)),
    db.select().from(payments).where(eq(payments.orderId, order.id)),
    db
      .select({ carrier: orderFulfillments.carrier, trackingNumber: orderFulfillments.trackingNumber, shippedAt: orderFulfillments.shippedAt })
      .from(orderFulfillments)
      .where(eq(orderFulfillments.orderId, order.id)),
  ]);
  return { ...order, lines, payment: payment ?? null, shipment: shipment ?? null };
}

/** The order a guest asks for by number and email (case-insensitive); null when they do not match. */
export async function findOrderForGuest(db: Executor, { number, email }: { number: number; email: string }) {
  const [order] = await db.select({ number: orders.number, email: orders.email }).from(orders).where(eq(orders.number, number));
  return order && order.email.toLowerCase() === email.trim().toLowerCase() ? order : null;
}

/**
 * The order this shopper placed most recently, within a day: the cart shows it, so an order placed
 * while the page failed (a crash, a lost connection) can always be found again.
 */
export async function recentOrderOf(db: Executor, { visitorId, userId }: { visitorId: string; userId?: string | null }) {
  const [order] = await db
    .select({ number: orders.number, email: orders.email })
    .from(orders)
    .where(
      and(
        userId ? or(eq(orders.visitorId, visitorId), eq(orders.userId, userId)) : eq(orders.visitorId, visitorId),
        inArray(orders.status, ["paid", "pay_on_delivery", "awaiting_transfer"]),
        gt(orders.createdAt, new Date(Date.now() - 24 * 3_600_000)),
      ),
    )
    .orderBy(desc(orders.createdAt))
    .limit(1);
  return order ?? null;
}

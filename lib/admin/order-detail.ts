import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { PostalAddress } from "@/db/schema";

export interface AdminOrder {
  id: string;
  number: number;
  email: string;
  locale: string;
  status: "pending_payment" | "paid" | "awaiting_transfer" | "pay_on_delivery" | "payment_failed" | "cancelled";
  paymentMethod: "card" | "cash_on_delivery" | "bank_transfer";
  currency: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  taxIncluded: boolean;
  total: number;
  couponCode: string | null;
  /** "phone" for an order staff took on the phone (placedBy), else "web". */
  channel: "web" | "phone";
  placedBy: string | null;
  shippingMethodId: string;
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress | null;
  placedAt: Date;
  lines: { variantId: number; name: string; sku: string; options: Record<string, string>; quantity: number; unitPrice: number; total: number }[];
  payment: { provider: string; providerPaymentId: string | null; amount: number; status: string; cardBrand: string | null; cardLast4: string | null } | null;
  fulfillment: { carrier: string; trackingNumber: string; shippedAt: Date; shippedBy: string } | null;
  refunds: { id: number; amount: number; reason: string | null; status: string; createdBy: string; createdAt: Date }[];
  /** Refunded or being refunded, minor units. */
  refunded: number;
  timeline: TimelineEntry[];
}

export interface TimelineEntry {
  at: Date;
  kind: "placed" | "payment" | "marked_paid" | "fulfilled" | "cancelled" | "refunded" | "note" | "email" | "reminder";
  actor: string;
  detail: Record<string, unknown>;
}

const toDate = (value: Date | string) => new Date(value);

/** Everything the admin shows about one order, with its timeline oldest first. */
export async function loadAdminOrder(db: Executor, number: number): Promise<(AdminOrder & { cartId: string | null }) | null> {
  const [order] = await queryRows<Omit<AdminOrder, "lines" | "payment" | "fulfillment" | "refunds" | "refunded" | "timeline"> & { cartId: string | null }>(
    db,
    sql`select id, number, email, locale, status, payment_method as "paymentMethod", currency, subtotal, discount, shipping, tax,
               tax_included as "taxIncluded", total, coupon_code as "couponCode", channel, placed_by as "placedBy", shipping_method_id as "shippingMethodId",
               shipping_address as "shippingAddress", billing_address as "billingAddress", created_at as "placedAt", cart_id as "cartId"
        from orders where number = ${number}`,
  );
  if (!order) return null;
  const [lines, payments, fulfillments, refunds, events, mails, reminders] = await Promise.all([
    queryRows<AdminOrder["lines"][number]>(
      db,
      sql`select l.variant_id as "variantId", l.product_name as name, coalesce(v.sku, '') as sku, l.options, l.quantity,
                 l.unit_price as "unitPrice", l.total
          from order_lines l left join variants v on v.id = l.variant_id where l.order_id = ${order.id} order by l.product_name`,
    ),
    queryRows<NonNullable<AdminOrder["payment"]> & { createdAt: Date | string; updatedAt: Date | string }>(
      db,
      sql`select provider, provider_payment_id as "providerPaymentId", amount, status, card_brand as "cardBrand", card_last4 as "cardLast4",
                 created_at as "createdAt", updated_at as "updatedAt"
          from payments where order_id = ${order.id}`,
    ),
    queryRows<NonNullable<AdminOrder["fulfillment"]>>(
      db,
      sql`select carrier, tracking_number as "trackingNumber", shipped_at as "shippedAt", shipped_by as "shippedBy" from order_fulfillments where order_id = ${order.id}`,
    ),
    queryRows<AdminOrder["refunds"][number]>(
      db,
      sql`select id, amount, reason, status, created_by as "createdBy", created_at as "createdAt" from refunds where order_id = ${order.id} order by id`,
    ),
    queryRows<{ type: TimelineEntry["kind"]; actor: string; data: Record<string, unknown>; at: Date | string }>(
      db,
      sql`select type, actor, data, at from order_events where order_id = ${order.id}`,
    ),
    queryRows<{ template: string; to: string; sentAt: Date | string | null; createdAt: Date | string }>(
      db,
      sql`select template, "to", sent_at as "sentAt", created_at as "createdAt" from mail_outbox where dedupe_key like ${`%:${order.id}`}`,
    ),
    order.cartId
      ? queryRows<{ step: number; channel: string; sentAt: Date | string }>(
          db,
          sql`select step, channel, sent_at as "sentAt" from recovery_messages where cart_id = ${order.cartId} and sent_at <= ${order.placedAt}`,
        )
      : Promise.resolve([]),
  ]);
  const payment = payments[0] ?? null;
  const timeline: TimelineEntry[] = [
    { at: toDate(order.placedAt), kind: "placed" as const, actor: order.email, detail: { total: order.total, currency: order.currency } },
    ...(payment ? [{ at: toDate(payment.updatedAt), kind: "payment" as const, actor: "store", detail: { status: payment.status, provider: payment.provider } }] : []),
    ...events.map((event) => ({ at: toDate(event.at), kind: event.type, actor: event.actor, detail: event.data })),
    ...mails.map((mail) => ({ at: toDate(mail.sentAt ?? mail.createdAt), kind: "email" as const, actor: "store", detail: { template: mail.template, to: mail.to, sent: mail.sentAt !== null } })),
    ...reminders.map((reminder) => ({ at: toDate(reminder.sentAt), kind: "reminder" as const, actor: "store", detail: { step: reminder.step, channel: reminder.channel } })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    ...order,
    placedAt: toDate(order.placedAt),
    lines,
    payment: payment && {
      provider: payment.provider,
      providerPaymentId: payment.providerPaymentId,
      amount: payment.amount,
      status: payment.status,
      cardBrand: payment.cardBrand,
      cardLast4: payment.cardLast4,
    },
    fulfillment: fulfillments[0] ? { ...fulfillments[0], shippedAt: toDate(fulfillments[0].shippedAt) } : null,
    refunds: refunds.map((refund) => ({ ...refund, createdAt: toDate(refund.createdAt) })),
    refunded: refunds.filter((refund) => refund.status !== "failed").reduce((sum, refund) => sum + refund.amount, 0),
    timeline,
  };
}

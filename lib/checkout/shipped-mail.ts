import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { shippedMailKey } from "@/lib/admin/order-actions";
import { isLocale, localeTags } from "@/lib/i18n/locales";
import { deliverDueMail, type MailRenderer } from "@/lib/mail/send";
import { OrderShipped, orderShippedSubject } from "@/lib/mail/templates/order-shipped";
import { mailTranslator } from "@/lib/mail/translator";
import { orderStatusUrl } from "./order-access";
import { getOrderView } from "./order-view";

/** "Your order is on its way" in the order's language, from the shipment as recorded (lib/admin/order-actions.ts). */
export const renderShipped: MailRenderer = async (db, params) => {
  const order = typeof params.number === "number" ? await getOrderView(db, { number: params.number }) : null;
  if (!order?.shipment) return null;
  if (order.status === "cancelled") return { skip: "cancelled" };
  const locale = isLocale(order.locale) ? order.locale : "en";
  const translator = await mailTranslator(locale);
  const tag = localeTags[locale];
  const day = (date: Date) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }).format(date);
  return {
    subject: orderShippedSubject(translator.t, order.number),
    body: OrderShipped({
      ...translator,
      number: order.number,
      carrier: order.shipment.carrier,
      trackingNumber: order.shipment.trackingNumber,
      shippedOn: day(order.shipment.shippedAt),
      from: day(new Date(`${order.deliveryWindow.from}T12:00:00Z`)),
      to: day(new Date(`${order.deliveryWindow.to}T12:00:00Z`)),
      url: await orderStatusUrl(locale, order.number, order.email),
    }),
  };
};

/** Sends an order's shipping mail now rather than at the worker's next round (it stays queued if this fails). */
export async function deliverShipped(db: Executor, number: number) {
  const [order] = await queryRows<{ id: string }>(db, sql`select id from orders where number = ${number}`);
  if (order) await deliverDueMail(db, { renderers: { "order-shipped": renderShipped }, dedupeKey: shippedMailKey(order.id) });
}

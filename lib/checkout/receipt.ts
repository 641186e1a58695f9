import "server-only";
import type { Executor } from "@/db/client";
import { isLocale, localeTags } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { OrderReceipt, orderReceiptSubject } from "@/lib/mail/templates/order-receipt";
import { mailTranslator } from "@/lib/mail/translator";
import { formatMoney, money } from "@/lib/money";
import { store } from "@/lib/store/config";
import { orderStatusUrl } from "./order-access";
import { getOrderView } from "./order-view";

/** The receipt email in the order's language, with the signed link to its status page. */
export async function sendReceipt(db: Executor, { number }: { number: number }) {
  const order = await getOrderView(db, { number });
  if (!order) return;
  const locale = isLocale(order.locale) ? order.locale : "en";
  const translator = await mailTranslator(locale);
  const tag = localeTags[locale];
  const format = (amount: number) => formatMoney(money(amount, order.currency), tag);
  const date = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T12:00:00Z`));
  const { bankTransfer } = store.checkout;
  await sendMail(db, {
    to: order.email,
    subject: orderReceiptSubject(translator.t, order.number),
    template: "order-receipt",
    locale,
    body: OrderReceipt({
      ...translator,
      name: order.shippingAddress.fullName,
      number: order.number,
      status: order.status,
      from: date(order.deliveryWindow.from),
      to: date(order.deliveryWindow.to),
      total: format(order.total),
      url: await orderStatusUrl(locale, order.number, order.email),
      lines: order.lines.map((line) => ({ name: line.productName, quantity: line.quantity, total: format(line.total) })),
      paymentNote:
        order.paymentMethod === "bank_transfer"
          ? translator.t("receiptBank", {
              total: format(order.total),
              holder: bankTransfer.accountHolder,
              iban: bankTransfer.iban,
              bic: bankTransfer.bic,
              days: bankTransfer.payWithinDays,
              number: order.number,
            })
          : order.paymentMethod === "cash_on_delivery"
            ? translator.t("receiptCod", { total: format(order.total) })
            : null,
    }),
  });
}

import "server-only";
import { createTranslator } from "next-intl";
import type { Executor } from "@/db/client";
import { countryAddressFormat } from "@/lib/address/country-formats";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { loadMessages } from "@/lib/i18n/messages";
import { deliverDueMail, queueMail, type MailRenderer } from "@/lib/mail/send";
import { OrderReceipt, orderReceiptSubject } from "@/lib/mail/templates/order-receipt";
import { mailTranslator } from "@/lib/mail/translator";
import { formatMoney, money } from "@/lib/money";
import { loadPricingRules } from "@/lib/pricing/queries";
import { store } from "@/lib/store/config";
import { addressLines } from "./fields";
import { orderStatusUrl } from "./order-access";
import { orderFigureRows, type FigureWords } from "./order-figures";
import { orderTotals } from "./order-totals";
import { getOrderView } from "./order-view";
import { loadStoreSettings } from "@/lib/settings/store-settings";

const receiptKey = (orderId: string) => `order-receipt:${orderId}`;

/**
 * Queues the receipt in the transaction that completes the order, so a crash right after the
 * commit cannot lose it: the delivery worker sends it (once) if the checkout could not.
 */
export async function queueReceipt(tx: Executor, order: { id: string; number: number; email: string; locale: string }) {
  await queueMail(tx, {
    to: order.email,
    template: "order-receipt",
    locale: isLocale(order.locale) ? order.locale : "en",
    params: { number: order.number },
    dedupeKey: receiptKey(order.id),
  });
}

/** Sends the order's receipt now if it is still waiting (the worker would otherwise send it shortly). */
export async function deliverReceipt(db: Executor, { orderId }: { orderId: string }) {
  await deliverDueMail(db, { renderers: orderMailRenderers, dedupeKey: receiptKey(orderId) });
}

/** The figures' words in the mail's language: the same messages the confirmation page uses. */
async function figureWords(locale: Locale): Promise<FigureWords> {
  const messages = await loadMessages(locale);
  const cart = createTranslator({ locale, messages, namespace: "cart" });
  const order = createTranslator({ locale, messages, namespace: "order" });
  const delivery = createTranslator({ locale, messages, namespace: "delivery" });
  return { cart: (key, values) => cart(key, values), order: (key, values) => order(key, values), delivery: (key, values) => delivery(key, values) };
}

/** The receipt email in the order's language, itemised like the confirmation, with the signed link to its status page. */
export const renderReceipt: MailRenderer = async (db, params) => {
  const order = typeof params.number === "number" ? await getOrderView(db, { number: params.number }) : null;
  if (!order) return null;
  const locale = isLocale(order.locale) ? order.locale : "en";
  const [translator, words, rules, { settings }] = await Promise.all([
    mailTranslator(locale),
    figureWords(locale),
    loadPricingRules(db, { currency: store.currency, homeCountry: store.country }),
    loadStoreSettings(db),
  ]);
  const tag = localeTags[locale];
  const format = (amount: number) => formatMoney(money(amount, order.currency), tag);
  const date = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T12:00:00Z`));
  const { bankTransfer } = settings.payments;
  return {
    subject: orderReceiptSubject(translator.t, order.number),
    body: OrderReceipt({
      ...translator,
      name: order.shippingAddress.fullName,
      // Printed as the country prints it, as on the confirmation page.
      address: addressLines(order.shippingAddress, (code) => countryName(code, locale), countryAddressFormat(order.shippingAddress.country, locale)),
      number: order.number,
      status: order.status,
      from: date(order.deliveryWindow.from),
      to: date(order.deliveryWindow.to),
      figures: orderFigureRows(orderTotals(order, rules), words, { currency: order.currency, localeTag: tag }),
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
  };
};

/** Every mail about an order that is queued for the worker, by template. */
export const orderMailRenderers: Record<string, MailRenderer> = { "order-receipt": renderReceipt };

import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { createHandoff, handoffLifetimeMs, handoffUrl } from "@/lib/cart/handoff";
import { type CartLineView, type CartView } from "@/lib/cart/queries";
import { optionText } from "@/lib/catalog/options";
import { env } from "@/lib/env";
import { type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { oneClickUnsubscribeHeaders } from "@/lib/mail/headers";
import type { MailRenderer } from "@/lib/mail/send";
import { CartReminder, cartReminderSubject, type CartReminderLine } from "@/lib/mail/templates/cart-reminder";
import { mailTranslator } from "@/lib/mail/translator";
import { formatMoney, type Money } from "@/lib/money";
import { taxLabelText, taxValueText, totalBeforeTax, type TaxLine } from "@/lib/pricing/tax-line";
import type { Quote, TaxRate } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import { describeIncentive } from "./incentive-offer";
import { quoteReminderCart } from "./reminder-cart";
import { reminderMarker } from "@/lib/analytics/session";
import { isUnsubscribed, unsubscribeUrls } from "./unsubscribe";

/** What the reminder step queued (lib/recovery/step.ts): the mail itself is made from the cart when it goes out. */
const reminderParams = z.object({
  cartId: z.uuid(),
  step: z.number().int().min(1),
  messageId: z.number().int().positive(),
  incentiveCode: z.string().min(1).max(64).nullish(),
});

const dayMs = 24 * 60 * 60_000;

/**
 * The abandoned-cart reminder (E2), rendered when it goes out from the cart as it is then, in the
 * shopper's language: its lines with images, options and current prices, the figures the cart
 * would quote now (the one `quote`, for the cart's destination), what is no longer in stock, the
 * incentive if the step carries one, a fresh restore link (a 14-day hand-off that counts this
 * reminder's click and restore), the support contact and the unsubscribe link and headers.
 * A cart that became an order, was merged or emptied, or an address unsubscribed since the step
 * queued it: the mail is dropped, not sent.
 */
export const renderReminder: MailRenderer = async (db, params, { to, locale }) => {
  const parsed = reminderParams.safeParse(params);
  if (!parsed.success) return { skip: "malformed" };
  const { cartId, step, messageId, incentiveCode } = parsed.data;
  const quoted = await quoteReminderCart(db, { cartId, locale, email: to });
  if ("skip" in quoted) return quoted;
  if (await isUnsubscribed(db, to)) return { skip: "unsubscribed" };
  const { view, quote, tax, rules, messages, tag, format } = quoted;
  const now = new Date();
  const translator = await mailTranslator(locale);

  const incentive = incentiveCode ? await describeIncentive(db, { code: incentiveCode, rules, translator, tag, now }) : null;
  const [{ token }, urls] = await Promise.all([
    createHandoff(db, { cartId, channel: "reminder", createdBy: `reminder:${messageId}`, recoveryMessageId: messageId, now }),
    unsubscribeUrls(to, locale),
  ]);
  const lines = reminderLines(view, quote, optionWords(locale, messages), format);
  const subject = cartReminderSubject(translator.t, { step, offer: incentive?.offer ?? null });
  return {
    subject,
    headers: oneClickUnsubscribeHeaders(urls.oneClick),
    body: CartReminder({
      ...translator,
      step,
      subject,
      lines,
      items: view.lines.reduce((sum, line) => sum + line.quantity, 0),
      figures: quoteFigures(quote, tax, figureWords(locale, messages), tag),
      unavailable: lines.filter((line) => line.stock.kind !== "ok").map((line) => line.name),
      incentive,
      restoreUrl: `${handoffUrl(locale, token)}?${reminderMarker.param}=${reminderMarker.value}`,
      unsubscribeUrl: urls.page,
      contact: store.contact,
      linkDays: Math.round(handoffLifetimeMs.reminder / dayMs),
    }),
  };
};

/** "Colour: Navy" in the mail's language, as the cart line shows it. */
function optionWords(locale: Locale, messages: Awaited<ReturnType<typeof loadMessages>>): (name: string, value: string) => string {
  const t = createTranslator({ locale, messages, namespace: "options" });
  return (name, value) => optionText(name, value, (key) => t(key as Parameters<typeof t>[0]));
}

/** The cart's lines with the quote's current prices (in the market's currency) and their stock now. */
function reminderLines(view: CartView, quote: Quote, option: (name: string, value: string) => string, format: (value: Money) => string): CartReminderLine[] {
  return view.lines.map((line: CartLineView) => {
    const quoted = quote.lines.find((priced) => priced.variantId === line.variantId)!;
    return {
      name: line.productName,
      options: Object.entries(line.options as Record<string, string>).map(([name, value]) => option(name, value)),
      quantity: line.quantity,
      unitPrice: format(quoted.unitPrice),
      total: format(quoted.total),
      image: line.image ? new URL(line.image.src, env.SITE_URL).toString() : null,
      stock: line.available <= 0 ? { kind: "none" } : line.available < line.quantity ? { kind: "only", left: line.available } : { kind: "ok" },
    };
  });
}

type Words<K extends string> = (key: K, values?: Record<string, string>) => string;
interface QuoteWords {
  cart: Words<"subtotal" | "savings" | "discount" | "shipping" | "tax" | "taxWith" | "taxEstimated" | "taxLater" | "taxFromZip" | "taxIncluded" | "total" | "totalBeforeTax">;
  delivery: Words<"free" | TaxRate["label"]>;
}

/** The cart's and delivery's messages, which word the cart page's figures. */
function figureWords(locale: Locale, messages: Awaited<ReturnType<typeof loadMessages>>): QuoteWords {
  const cart = createTranslator({ locale, messages, namespace: "cart" });
  const delivery = createTranslator({ locale, messages, namespace: "delivery" });
  return { cart: (key, values) => cart(key, values), delivery: (key, values) => delivery(key, values) };
}

/** The cart page's figures (components/pricing/quote-totals.tsx), worded the same, as label/value rows. */
function quoteFigures(quote: Quote, tax: TaxLine, { cart, delivery }: QuoteWords, tag: string): { label: string; value: string }[] {
  const format = (value: Money) => formatMoney(value, tag);
  const rows = [{ label: cart("subtotal"), value: format(quote.subtotal) }];
  if (quote.savings.amount > 0) rows.push({ label: cart("savings"), value: `−${format(quote.savings)}` });
  if (quote.orderDiscount.amount > 0 && quote.coupon) rows.push({ label: cart("discount", { code: quote.coupon.code }), value: `−${format(quote.orderDiscount)}` });
  rows.push({ label: cart("shipping"), value: quote.selectedShipping ? (quote.selectedShipping.free ? delivery("free") : format(quote.selectedShipping.price)) : "—" });
  rows.push({
    label: taxLabelText(tax.label, (key, values) => cart(key, values), tag),
    value: taxValueText(tax, { cart, delivery }, format),
  });
  rows.push({ label: totalBeforeTax(tax) ? cart("totalBeforeTax") : cart("total"), value: format(quote.total) });
  return rows;
}

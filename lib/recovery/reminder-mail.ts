import "server-only";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { createHandoff, handoffLifetimeMs, handoffUrl } from "@/lib/cart/handoff";
import { getCartView, type CartLineView, type CartView } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { optionText } from "@/lib/catalog/options";
import { firstOrderFact } from "@/lib/checkout/first-order";
import { knownShopper } from "@/lib/checkout/known-shopper";
import { env } from "@/lib/env";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { oneClickUnsubscribeHeaders } from "@/lib/mail/headers";
import type { MailRenderer } from "@/lib/mail/send";
import { formatMailTime } from "@/lib/mail/time";
import { CartReminder, cartReminderSubject, type CartReminderLine } from "@/lib/mail/templates/cart-reminder";
import { mailTranslator, type MailTranslator } from "@/lib/mail/translator";
import { couponInMarket, rulesForCountry } from "@/lib/markets/localize";
import { formatMoney, money, type Money } from "@/lib/money";
import { checkCoupon } from "@/lib/pricing/coupons";
import { parseDestinationInput } from "@/lib/pricing/destination";
import { findCoupon, loadPricingRules } from "@/lib/pricing/queries";
import { pricingFor } from "@/lib/pricing/shopper";
import { taxLabelText, taxLine, taxValueText, totalBeforeTax, type TaxLine } from "@/lib/pricing/tax-line";
import { guessTaxRegion } from "@/lib/pricing/tax-region";
import type { Destination, PricingRules, Quote, TaxRate } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import { isUnsubscribed, unsubscribeUrls } from "./unsubscribe";

/** What the reminder step queued (lib/recovery/step.ts): the mail itself is made from the cart when it goes out. */
const reminderParams = z.object({
  cartId: z.uuid(),
  step: z.number().int().min(1),
  messageId: z.number().int().positive(),
  incentiveCode: z.string().min(1).max(64).nullish(),
});

interface ReminderCart {
  status: "active" | "ordered" | "merged";
  visitorId: string;
  userId: string | null;
  destination: Destination | null;
}

async function findReminderCart(db: Executor, cartId: string): Promise<ReminderCart | null> {
  const [row] = await queryRows<ReminderCart>(
    db,
    sql`select status, visitor_id as "visitorId", user_id as "userId", destination from carts where id = ${cartId}`,
  );
  return row ?? null;
}

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
  const cart = await findReminderCart(db, cartId);
  if (!cart) return { skip: "cart gone" };
  if (cart.status !== "active") return { skip: cart.status };
  if (await isUnsubscribed(db, to)) return { skip: "unsubscribed" };
  const view = await getCartView(db, { visitorId: cart.visitorId, cartId, userId: cart.userId, locale });
  if (!view || view.id !== cartId || view.lines.length === 0) return { skip: "emptied" };

  const now = new Date();
  const ref = { visitorId: cart.visitorId, cartId, userId: cart.userId };
  const [translator, messages, base, known] = await Promise.all([
    mailTranslator(locale),
    loadMessages(locale),
    loadPricingRules(db, { currency: store.currency, homeCountry: store.country }),
    knownShopper(db, { ref, cartId }),
  ]);
  // Where the cart goes: its "Deliver to", else the address typed at its checkout.
  const typed = !cart.destination && known.checkoutPlace ? parseDestinationInput(known.checkoutPlace, base.zones) : null;
  const destination = cart.destination ?? (typed?.ok ? typed.destination : null);
  const rules = rulesForCountry(base, destination?.country);
  // As the cart page quotes it (lib/cart/shopper-quote.ts), less the request's location, which a mail has not.
  const estimate = guessTaxRegion(destination, rules.taxRates, { checkout: known.checkoutPlace, account: known.accountPlace });
  const quoted = estimate && destination ? { ...destination, region: estimate.region } : destination;
  const pricing = pricingFor(base, quoted, false);
  const quote = await quoteCart(db, view, pricing, { isFirstOrder: await firstOrderFact(db, known.email ?? to) });
  const tax = taxLine(quote, rules.taxRates, estimate);
  const tag = localeTags[locale];
  const format = (value: Money) => formatMoney(value, tag);

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
      restoreUrl: handoffUrl(locale, token),
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

/** What the step's code gives, in the cart's currency, and until when; nothing when it can no longer be used. */
async function describeIncentive(
  db: Executor,
  { code, rules, translator, tag, now }: { code: string; rules: PricingRules; translator: MailTranslator; tag: string; now: Date },
): Promise<{ code: string; offer: string; expires: string | null } | null> {
  const found = await findCoupon(db, { code });
  // Only whether the code still works (started, not expired, not used up): the cart's own limits are checked when it is applied.
  if (!found || checkCoupon(found, { subtotal: Number.MAX_SAFE_INTEGER, currency: rules.currency, at: now, isFirstOrder: true })) return null;
  const coupon = couponInMarket(found, rules);
  const offer =
    coupon.kind === "percent"
      ? translator.t("reminderOfferPercent", { percent: coupon.value })
      : coupon.kind === "free_shipping"
        ? translator.t("reminderOfferFreeShipping")
        : translator.t("reminderOfferFixed", { amount: formatMoney(money(coupon.value, rules.currency), tag) });
  const expires = coupon.expiresAt ? formatMailTime(new Date(coupon.expiresAt), tag) : null;
  return { code: coupon.code, offer, expires };
}

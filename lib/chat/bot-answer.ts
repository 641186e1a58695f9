import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import type { Executor } from "@/db/client";
import { orderFulfillments, orders } from "@/db/schema";
import { lookUpGuestOrder } from "@/lib/checkout/order-lookup";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { formatMoney, money } from "@/lib/money";
import { formatWindow } from "@/lib/pricing/format";
import { freeShippingThreshold } from "@/lib/pricing/shipping";
import type { Quote } from "@/lib/pricing/types";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import { contentPlaceholders } from "@/lib/store/hours";
import { faqIndex, readQuestion, type FaqEntry } from "./bot";

/** What the bot knows about the shopper asking: their destination and cart, quoted; their account; who is asking (for limits). */
export interface ShopperFacts {
  pricing: ShopperPricing;
  /** The cart quoted with checkout's own `quote()`, or null without items. */
  quote: Quote | null;
  userId: string | null;
  paymentMethods: readonly string[];
  /** The IP key order look-ups count against (lib/security/client-ip.ts). */
  ipKey: string;
}

export interface BotAnswer {
  body: string;
  /** What it drew on, for the transcript and the agent. */
  source: "faq" | "shipping" | "payment" | "order_status" | "greeting" | "person" | "unsure";
  /** Offer "Talk to a person" with it. */
  handOff: boolean;
}

const indexes = new Map<Locale, ReturnType<typeof faqIndex>>();

/** The locale's FAQ with its placeholders filled, as the FAQ page shows it. */
async function faqOf(locale: Locale): Promise<FaqEntry[]> {
  const { pages } = await loadMessages(locale);
  const values = contentPlaceholders(locale);
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return pages.faq.groups.flatMap((group) => group.items.map((item) => ({ id: item.id, group: group.id, question: fill(item.question), answer: fill(item.answer) })));
}

async function indexOf(locale: Locale) {
  let index = indexes.get(locale);
  if (!index) {
    index = faqIndex(await faqOf(locale));
    indexes.set(locale, index);
  }
  return index;
}

/**
 * The bot's answer to a shopper's question, in their language (F2): shipping prices and delivery
 * dates from their own cart and destination (checkout's `quote()`, not canned text), the payment
 * methods offered, an order's status (by number and email, or the signed-in account's), or the
 * FAQ entry that answers it. When unsure it says so and offers a person.
 */
export async function answerQuestion(db: Executor, question: string, { locale, facts }: { locale: Locale; facts: ShopperFacts }): Promise<BotAnswer> {
  const t = await getTranslations({ locale, namespace: "chatBot" });
  const intent = readQuestion(question, await indexOf(locale));
  switch (intent.kind) {
    case "faq":
      return { body: intent.entry.answer, source: "faq", handOff: true };
    case "greeting":
      return { body: t("greeting"), source: "greeting", handOff: false };
    case "person":
      return { body: t("person"), source: "person", handOff: true };
    case "unsure":
      return { body: t("unsure"), source: "unsure", handOff: true };
    case "payment": {
      const tCheckout = await getTranslations({ locale, namespace: "checkout.methods" });
      const methods = new Intl.ListFormat(localeTags[locale], { type: "disjunction" }).format(facts.paymentMethods.map((method) => tCheckout(method as "card")));
      return { body: t("payment", { methods }), source: "payment", handOff: false };
    }
    case "shipping":
      return { body: await shippingAnswer(locale, facts), source: "shipping", handOff: false };
    case "order_status":
      return { body: await orderStatusAnswer(db, locale, intent, facts), source: "order_status", handOff: false };
  }
}

async function shippingAnswer(locale: Locale, { pricing, quote }: ShopperFacts): Promise<string> {
  const [t, tDelivery] = await Promise.all([getTranslations({ locale, namespace: "chatBot" }), getTranslations({ locale, namespace: "delivery" })]);
  const destination = pricing.destination;
  if (!destination) return t("shippingNoDestination");
  const place = countryName(destination.country, locale) + (destination.postalCode ? ` ${destination.postalCode}` : "");
  if (!quote) return t("shippingEmptyCart", { place });
  if (!quote.shippingOptions.length) return t("shippingNotShipped", { place });
  const lines = quote.shippingOptions.map((option) =>
    t("shippingLine", {
      service: tDelivery(option.service),
      carrier: option.carrier,
      price: option.free ? tDelivery("free") : formatMoney(option.price, localeTags[locale]),
      ...formatWindow(option.window, locale),
    }),
  );
  const threshold = freeShippingThreshold(pricing.rules, destination);
  const free = threshold ? [t("shippingFreeFrom", { amount: formatMoney(money(threshold.amount, pricing.rules.currency), localeTags[locale]) })] : [];
  return [t("shippingFor", { place }), ...lines, ...free].join("\n");
}

async function orderStatusAnswer(db: Executor, locale: Locale, { number, email }: { number: number | null; email: string | null }, facts: ShopperFacts): Promise<string> {
  const [t, tOrder] = await Promise.all([getTranslations({ locale, namespace: "chatBot" }), getTranslations({ locale, namespace: "order.statuses" })]);
  let found: { number: number } | null = null;
  if (facts.userId) {
    // Signed in: the account's order with that number, else its latest.
    const [own] = await db
      .select({ number: orders.number })
      .from(orders)
      .where(and(eq(orders.userId, facts.userId), number ? eq(orders.number, number) : undefined))
      .orderBy(desc(orders.createdAt))
      .limit(1);
    found = own ?? null;
  }
  if (!found) {
    if (!number) return t("orderAsk");
    if (!email) return t("orderAskEmail", { number: String(number) });
    // Numbers are sequential: every guess counts against the email and the IP, as on the order look-up page.
    const lookup = await lookUpGuestOrder(db, { number, email, ipKey: facts.ipKey });
    if (!lookup.ok) return lookup.reason === "limited" ? t("orderLimited", { minutes: Math.ceil(lookup.retryAfterSeconds / 60) }) : t("orderNotFound", { number: String(number) });
    found = lookup.order;
  }
  const [order] = await db.select({ number: orders.number, status: orders.status, id: orders.id }).from(orders).where(eq(orders.number, found.number));
  const [shipment] = await db.select({ carrier: orderFulfillments.carrier, trackingNumber: orderFulfillments.trackingNumber }).from(orderFulfillments).where(eq(orderFulfillments.orderId, order!.id));
  const status = t("orderStatus", { number: String(order!.number), status: tOrder(order!.status) });
  return shipment ? `${status}\n${t("orderShipped", { carrier: shipment.carrier, tracking: shipment.trackingNumber })}` : status;
}

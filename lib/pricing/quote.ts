import { couponInMarket, rulesForCountry, unitPriceInMarket } from "@/lib/markets/localize";
import { minorDigits, money, type Money } from "@/lib/money";
import { roundPrice } from "@/lib/markets/convert";
import { checkCoupon } from "./coupons";
import { deliveryWindow } from "./delivery";
import { tierPrice, zoneFor } from "./shipping";
import { grossFromNet, percentOf, taxIncludedIn, taxOnNet, taxRateFor } from "./tax";
import type { Coupon, Destination, PricingRules, Promotion, Quote, QuoteLine, QuoteLineResult, ShippingOption, TaxRate } from "./types";

export interface QuoteInput {
  lines: QuoteLine[];
  destination: Destination | null;
  /** The code the shopper entered (already normalised) and the coupon found for it, if any. */
  coupon?: { code: string; found: Coupon | null } | null;
  shippingMethodId?: string | null;
  isFirstOrder?: boolean;
  at: Date;
  rules: PricingRules;
}

/** A net amount as the market shows it: with tax where prices include tax. */
export function shownPrice(net: number, rate: TaxRate | null): number {
  return rate?.inclusive ? grossFromNet(net, rate.rate) : net;
}

/** Promotions running at `at`, biggest first. */
export function activePromotions(promotions: Promotion[], at: Date): Promotion[] {
  return promotions.filter((p) => new Date(p.startsAt) <= at && at < new Date(p.endsAt)).sort((a, b) => b.percentOff - a.percentOff);
}

export function activePromotion(promotions: Promotion[], categorySlug: string, at: Date): Promotion | null {
  return activePromotions(promotions, at).find((p) => p.categories.length === 0 || p.categories.includes(categorySlug)) ?? null;
}

/**
 * The one price calculation of the store: product page, cart, checkout and order all call it,
 * so the amount shown early is the amount charged. Pure: rules and time come in as arguments.
 * Line prices come in the base currency; the destination's market decides the currency of the
 * quote (lib/markets), and every amount out is integer minor units of it.
 */
export function quote(input: QuoteInput): Quote {
  const { at, destination } = input;
  const rules = rulesForCountry(input.rules, destination?.country);
  const currency = rules.currency;
  const m = (amount: number) => money(amount, currency);
  const rate = taxRateFor(rules.taxRates, destination);
  const inclusive = rate?.inclusive ?? false;

  const { lines, compareAtSavings, promotionSavings } = priceLines(input.lines, { rules, rate, at });
  const subtotal = lines.reduce((sum, line) => sum + line.total.amount, 0);

  // Coupon.
  let orderDiscount = 0;
  let freeShippingByCoupon = false;
  let coupon: Quote["coupon"] = null;
  if (input.coupon) {
    const found = input.coupon.found ? couponInMarket(input.coupon.found, rules) : null;
    const error = checkCoupon(found, { subtotal, currency, at, isFirstOrder: input.isFirstOrder ?? true });
    if (error || !found) {
      coupon = { code: input.coupon.code, applied: false, error: error ?? { code: "not_found" } };
    } else {
      if (found.kind === "percent") orderDiscount = chargeable(percentOf(subtotal, Math.min(100, found.value)), currency);
      if (found.kind === "fixed") orderDiscount = Math.min(found.value, subtotal);
      if (found.kind === "free_shipping") freeShippingByCoupon = true;
      coupon = { code: input.coupon.code, applied: true };
    }
  }
  const merchandise = subtotal - orderDiscount;

  // Shipping: the zone's methods, priced by the discounted subtotal, free over the threshold.
  const zone = zoneFor(rules.zones, destination);
  const shippingOptions: ShippingOption[] = zone
    ? rules.methods
        .filter((method) => method.zoneId === zone.id)
        .map((method) => {
          const free = freeShippingByCoupon || (method.freeOver !== null && merchandise >= method.freeOver);
          const net = free ? 0 : tierPrice(method.rate, merchandise);
          const price = rate?.appliesToShipping ? roundShipping(shownPrice(net, rate), rules) : net;
          return { methodId: method.id, service: method.service, carrier: method.carrier, price: m(price), free, window: deliveryWindow(at, rules.warehouse, method) };
        })
        .sort((a, b) => a.price.amount - b.price.amount || a.window.to.localeCompare(b.window.to))
    : [];
  const selectedShipping =
    shippingOptions.find((option) => option.methodId === input.shippingMethodId) ?? shippingOptions[0] ?? null;
  const shipping = lines.length ? (selectedShipping?.price.amount ?? 0) : 0;

  // Tax: inside the prices where the market expects that, otherwise added once on the taxable total.
  const taxable = merchandise + (rate?.appliesToShipping ? shipping : 0);
  const taxAmount = !rate ? 0 : inclusive ? taxIncludedIn(taxable, rate.rate) : taxOnNet(taxable, rate.rate);
  const total = merchandise + shipping + (inclusive ? 0 : taxAmount);

  return {
    currency,
    marketId: rules.market?.id ?? null,
    destination,
    pricesIncludeTax: inclusive,
    lines,
    subtotal: m(subtotal),
    savings: m(compareAtSavings + promotionSavings + orderDiscount),
    orderDiscount: m(orderDiscount),
    coupon,
    shippingOptions,
    selectedShipping: lines.length ? selectedShipping : null,
    tax: {
      lines: rate && taxAmount > 0 ? [{ label: rate.label, rate: rate.rate, amount: m(taxAmount) }] : [],
      total: m(taxAmount),
      included: inclusive,
    },
    total: m(total),
  };
}

/**
 * A percentage of an amount in a unit that can be paid: three-decimal currencies (KWD, BHD, OMR)
 * have no coin below 10 fils in use, and Stripe charges them in multiples of 10.
 */
function chargeable(amount: number, currency: string): number {
  return minorDigits(currency) === 3 ? Math.round(amount / 10) * 10 : amount;
}

/** Shipping with tax included is rounded like the market's prices (a converted €10.94 shows as €10.99). */
function roundShipping(amount: number, rules: PricingRules): number {
  return rules.market ? roundPrice(amount, rules.market.rounding) : amount;
}

/**
 * Lines as the shopper sees them: the listed price in the market's currency, shown as the market
 * expects (incl. tax where prices include it), and an automatic promotion only on lines that are
 * not already on sale. `rules` must be in the destination's market (quote() sees to that).
 */
export function priceLines(
  input: QuoteLine[],
  { rules, rate, at }: { rules: PricingRules; rate: TaxRate | null; at: Date },
): { lines: QuoteLineResult[]; compareAtSavings: number; promotionSavings: number } {
  const m = (amount: number) => money(amount, rules.currency);
  const shown = (net: number) => shownPrice(net, rate);
  let compareAtSavings = 0;
  let promotionSavings = 0;
  const lines = input.map((line) => {
    const { unit, compareAt } = unitPriceInMarket(line, rules, shown);
    const promotion = compareAt === null ? activePromotion(rules.promotions, line.categorySlug, at) : null;
    const unitDiscount = promotion ? chargeable(percentOf(unit, promotion.percentOff), rules.currency) : 0;
    if (compareAt !== null) compareAtSavings += (compareAt - unit) * line.quantity;
    promotionSavings += unitDiscount * line.quantity;
    return {
      variantId: line.variantId,
      quantity: line.quantity,
      unitPrice: m(unit),
      compareAtPrice: compareAt === null ? null : m(compareAt),
      total: m((unit - unitDiscount) * line.quantity),
      promotionDiscount: m(unitDiscount * line.quantity),
    };
  });
  return { lines, compareAtSavings, promotionSavings };
}

/** One unit's price for display (cards, product page): after any promotion, with what it was before. */
export function displayPrice(
  line: Pick<QuoteLine, "variantId" | "unitPrice" | "compareAtPrice" | "categorySlug">,
  context: { rules: PricingRules; rate: TaxRate | null; at: Date },
): { price: Money; compareAt: Money | null } {
  const [result] = priceLines([{ ...line, quantity: 1 }], context).lines;
  return { price: result!.total, compareAt: result!.compareAtPrice ?? (result!.promotionDiscount.amount > 0 ? result!.unitPrice : null) };
}

/** One unit of a variant at a base net price, as the market shows it (no promotion): saved items, "was" prices. */
export function marketUnitPrice(line: { variantId: number; unitPrice: number }, context: { rules: PricingRules; rate: TaxRate | null }): Money {
  const { unit } = unitPriceInMarket({ ...line, compareAtPrice: null }, context.rules, (net) => shownPrice(net, context.rate));
  return money(unit, context.rules.currency);
}

import { taxIncludedIn } from "@/lib/pricing/tax";
import type { Coupon, PricingRules, ShippingMethod } from "@/lib/pricing/types";
import { convertMinor, convertToBase, roundPrice, roundThreshold } from "./convert";
import { marketFor } from "./market-for";
import type { Market } from "./types";

const localized = new WeakMap<PricingRules, Map<string, PricingRules>>();

/**
 * The rules in the currency of the destination country's market: shipping rates converted and
 * rounded as the market's prices are, thresholds as round figures. Base rules and any already
 * localized copy give the same result, so every caller (product page, cart, checkout, order) that
 * passes the same destination prices in the same currency. Memoized per rules object.
 */
export function rulesForCountry(rules: PricingRules, country: string | null | undefined): PricingRules {
  return rulesInMarket(rules, marketFor(rules.markets, country));
}

export function rulesInMarket(rules: PricingRules, market: Market): PricingRules {
  const base = baseOf(rules);
  if (rules.market?.id === market.id) return rules;
  let byMarket = localized.get(base);
  if (!byMarket) localized.set(base, (byMarket = new Map()));
  let result = byMarket.get(market.id);
  if (!result) {
    result = { ...base, currency: market.currency, market, methods: base.methods.map((m) => methodInMarket(m, base.baseCurrency, market)) };
    baseRules.set(result, base);
    byMarket.set(market.id, result);
  }
  return result;
}

const baseRules = new WeakMap<PricingRules, PricingRules>();

function baseOf(rules: PricingRules): PricingRules {
  if (!rules.market) return rules;
  const base = baseRules.get(rules);
  if (!base) throw new Error("Localized pricing rules must come from rulesInMarket()");
  return base;
}

/** Net amounts in the market's currency (tax, where it applies to shipping, is added by the quote). */
function methodInMarket(method: ShippingMethod, baseCurrency: string, market: Market): ShippingMethod {
  const fee = (amount: number) => feeInMarket(amount, baseCurrency, market);
  const threshold = (amount: number) => roundThreshold(convertMinor(amount, baseCurrency, market), market.rounding);
  return {
    ...method,
    rate: method.rate.map((tier) => ({ below: tier.below === null ? null : threshold(tier.below), amount: fee(tier.amount) })),
    freeOver: method.freeOver === null ? null : threshold(method.freeOver),
  };
}

function feeInMarket(amount: number, baseCurrency: string, market: Market): number {
  if (amount === 0) return 0;
  return roundPrice(convertMinor(amount, baseCurrency, market), market.rounding);
}

/** A coupon's amounts in the market's currency: the merchant's own figure for it, else converted. */
export function couponInMarket(coupon: Coupon, rules: PricingRules): Coupon {
  const market = rules.market;
  if (!market || market.currency === rules.baseCurrency) return coupon;
  const threshold = (amount: number) => roundThreshold(convertMinor(amount, rules.baseCurrency, market), market.rounding);
  return {
    ...coupon,
    value: coupon.kind === "fixed" ? (coupon.amounts[market.currency] ?? threshold(coupon.value)) : coupon.value,
    minSubtotal: coupon.minSubtotal === null ? null : threshold(coupon.minSubtotal),
  };
}

/**
 * One variant's unit price as the market shows it, from the price list or converted from the
 * base net price; `shown` turns a net amount into what the market displays (adds inclusive tax).
 */
export function unitPriceInMarket(
  line: { variantId: number; unitPrice: number; compareAtPrice: number | null },
  rules: PricingRules,
  shown: (net: number) => number,
): { unit: number; compareAt: number | null } {
  const market = rules.market;
  const compareAt = line.compareAtPrice !== null && line.compareAtPrice > line.unitPrice ? line.compareAtPrice : null;
  if (!market) return { unit: shown(line.unitPrice), compareAt: compareAt === null ? null : shown(compareAt) };
  const listed = market.prices[String(line.variantId)];
  if (listed) return { unit: listed.price, compareAt: listed.compareAt !== null && listed.compareAt > listed.price ? listed.compareAt : null };
  const convert = (net: number) => roundPrice(shown(convertMinor(net, rules.baseCurrency, market)), market.rounding);
  return { unit: convert(line.unitPrice), compareAt: compareAt === null ? null : convert(compareAt) };
}

/**
 * A price typed in the market's terms (a listing's "max €30", tax included where shown so) as the
 * base net price the catalog is filtered by. Approximate by design: price-list prices and rounding
 * are not inverted, so a product within one rounding step of the bound may fall either side.
 */
export function basePriceBound(shown: number, rules: PricingRules, taxRate: { rate: number; inclusive: boolean } | null): number {
  const net = taxRate?.inclusive ? shown - taxIncludedIn(shown, taxRate.rate) : shown;
  return rules.market ? convertToBase(net, rules.baseCurrency, rules.market) : net;
}

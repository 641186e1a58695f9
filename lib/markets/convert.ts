import { minorDigits } from "@/lib/money";
import type { Market, PriceRounding } from "./types";

/** "41.5" → 415/10, exactly; a rate is a positive decimal with at most 9 decimals. */
export function parseRate(rate: string): { numerator: bigint; denominator: bigint } {
  const match = /^(\d{1,12})(?:\.(\d{1,9}))?$/.exec(rate.trim());
  if (!match) throw new RangeError(`Not an exchange rate: "${rate}"`);
  const fraction = match[2] ?? "";
  const numerator = BigInt(match[1]! + fraction);
  if (numerator === 0n) throw new RangeError("An exchange rate must be above zero");
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * Converts base-currency minor units into the market's minor units, each currency with its own
 * exponent, rounding half up once. BigInt, because rial amounts times a rate outgrow 2^53.
 */
export function convertMinor(amount: number, from: string, market: Pick<Market, "currency" | "rate">): number {
  if (from === market.currency && market.rate === "1") return amount;
  const { numerator, denominator } = parseRate(market.rate);
  return scale(amount, numerator, denominator, minorDigits(market.currency) - minorDigits(from));
}

/** amount × numerator / denominator × 10^digits, rounded half away from zero once. */
function scale(amount: number, numerator: bigint, denominator: bigint, digits: number): number {
  let top = BigInt(amount) * numerator;
  let bottom = denominator;
  if (digits >= 0) top *= 10n ** BigInt(digits);
  else bottom *= 10n ** BigInt(-digits);
  const sign = top < 0n ? -1n : 1n;
  const abs = top < 0n ? -top : top;
  return Number(sign * ((abs * 2n + bottom) / (bottom * 2n)));
}

/** A shown price rounded by the market's rule: up to the step, then the charm taken off (29.99). */
export function roundPrice(amount: number, rounding: PriceRounding): number {
  if (amount <= 0 || rounding.step <= 1) return amount;
  if (rounding.charm > 0) return Math.ceil((amount + rounding.charm) / rounding.step) * rounding.step - rounding.charm;
  return Math.max(rounding.step, Math.round(amount / rounding.step) * rounding.step);
}

/** A threshold (free shipping over, coupon minimum, tier bound) as a round figure of the market. */
export function roundThreshold(amount: number, rounding: PriceRounding): number {
  const step = Math.max(1, rounding.thresholdStep);
  return Math.max(step, Math.round(amount / step) * step);
}

/** The inverse of convertMinor (market minor units back to the base currency), for filters typed in the market's currency. */
export function convertToBase(amount: number, baseCurrency: string, market: Pick<Market, "currency" | "rate">): number {
  if (baseCurrency === market.currency && market.rate === "1") return amount;
  const { numerator, denominator } = parseRate(market.rate);
  return scale(amount, denominator, numerator, minorDigits(baseCurrency) - minorDigits(market.currency));
}

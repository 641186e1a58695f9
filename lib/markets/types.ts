/**
 * A market: the countries that pay in one currency, and how the catalog's base prices become
 * that currency's prices. A merchant configures markets (db/seed/markets.ts, the `markets` table);
 * the quote picks the market from the destination, so cart, checkout and order agree.
 */
export interface Market {
  id: string;
  /** ISO 4217 code; amounts are integer minor units of it (its own exponent: 0 for IRR, 3 for KWD). */
  currency: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Units of this currency per unit of the base currency, as a decimal string ("0.92", "41.5"). */
  rate: string;
  /** How a converted price is rounded (a price list's prices are used as they are). */
  rounding: PriceRounding;
  /** Explicit prices per variant id, in minor units as the market shows them; the rate covers the rest. */
  prices: Record<string, { price: number; compareAt: number | null }>;
}

/**
 * `step` minor units to round to (1 = the minor unit, 100 = whole euros, 10000 = 1,000 toman in rials);
 * `charm` minor units taken off after rounding up (1 with step 100 gives .99 prices);
 * `thresholdStep` rounds thresholds such as "free over" and coupon minimums to a round figure.
 */
export interface PriceRounding {
  step: number;
  charm: number;
  thresholdStep: number;
}

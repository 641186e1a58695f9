import type { Market } from "@/lib/markets/types";

/**
 * The store's markets: which countries pay in which currency, at what rate from the base currency
 * (US dollars) and with what rounding. Rates are the merchant's own (set them from your bank's
 * rate plus a margin); a country in no market is priced in the home market, the first one.
 */
const euroArea = ["AT", "BE", "BG", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"];

const rounding = (step: number, charm: number, thresholdStep: number) => ({ step, charm, thresholdStep });

export const seedMarkets: Market[] = [
  { id: "us", currency: "USD", countries: ["US"], rate: "1", rounding: rounding(1, 0, 1), prices: {} },
  // .99 prices; free-shipping thresholds and coupon minimums in steps of €5.
  { id: "euro", currency: "EUR", countries: euroArea, rate: "0.92", rounding: rounding(100, 1, 500), prices: {} },
  // A price list (seeded below): UK prices as the merchant sets them, the rate covers anything new.
  { id: "uk", currency: "GBP", countries: ["GB"], rate: "0.79", rounding: rounding(100, 1, 500), prices: {} },
  // Whole hryvnias ending in 9 (499 ₴, 1 299 ₴).
  { id: "ua", currency: "UAH", countries: ["UA"], rate: "41.5", rounding: rounding(1000, 100, 10000), prices: {} },
  // Rials have no minor unit in use; prices in whole thousands of tomans (10,000 rials).
  { id: "ir", currency: "IRR", countries: ["IR"], rate: "1050000", rounding: rounding(10000, 0, 1000000), prices: {} },
  { id: "sa", currency: "SAR", countries: ["SA"], rate: "3.75", rounding: rounding(100, 0, 1000), prices: {} },
  { id: "ae", currency: "AED", countries: ["AE"], rate: "3.6725", rounding: rounding(100, 0, 1000), prices: {} },
  { id: "qa", currency: "QAR", countries: ["QA"], rate: "3.64", rounding: rounding(100, 0, 1000), prices: {} },
  // Three-decimal dinars, priced in half dinars (also what Stripe requires: a multiple of 10 fils).
  { id: "kw", currency: "KWD", countries: ["KW"], rate: "0.307", rounding: rounding(500, 0, 5000), prices: {} },
  { id: "bh", currency: "BHD", countries: ["BH"], rate: "0.376", rounding: rounding(500, 0, 5000), prices: {} },
  { id: "om", currency: "OMR", countries: ["OM"], rate: "0.3845", rounding: rounding(500, 0, 5000), prices: {} },
];

/** The UK price list: the US figure as pounds, VAT included, ending in .99 ($48.00 → £47.99). */
export function ukListPrice(usdCents: number): number {
  return Math.max(99, Math.ceil(usdCents / 100) * 100 - 1);
}

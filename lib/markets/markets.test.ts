import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedMarkets, ukListPrice } from "@/db/seed/markets";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { formatMoney, minorDigits } from "@/lib/money";
import { quote } from "@/lib/pricing/quote";
import type { PricingRules, QuoteLine } from "@/lib/pricing/types";
import { convertMinor, parseRate, roundPrice, roundThreshold } from "./convert";
import { couponInMarket, rulesForCountry, rulesInMarket } from "./localize";
import { hasMarket, marketFor } from "./market-for";

const seeded = seedPricingRules(new Date("2026-11-30T12:00:00Z"));
const at = new Date("2026-12-01T17:00:00Z");
const coupons = seedCoupons(new Date("2026-11-30T12:00:00Z"));
const market = (id: string) => seedMarkets.find((m) => m.id === id)!;
// The UK market with a price list for variant 7 only.
const rules: PricingRules = {
  ...seeded,
  markets: seedMarkets.map((m) => (m.id === "uk" ? { ...m, prices: { "7": { price: ukListPrice(4800), compareAt: null } } } : m)),
};
const line = (variantId: number, unitPrice: number, quantity = 1): QuoteLine => ({ variantId, categorySlug: "apparel", quantity, unitPrice, compareAtPrice: null });

describe("currency exponents", () => {
  it("uses each currency's own minor unit: none for rials, three for dinars", () => {
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("IRR")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
  });

  it("converts between exponents exactly, rounding half up once", () => {
    expect(convertMinor(10000, "USD", { currency: "EUR", rate: "0.92" })).toBe(9200);
    expect(convertMinor(10000, "USD", { currency: "KWD", rate: "0.307" })).toBe(30700); // $100 → 30.700 KWD
    expect(convertMinor(4800, "USD", { currency: "IRR", rate: "1050000" })).toBe(50_400_000); // $48 → 50.4 million rials
    expect(convertMinor(1, "USD", { currency: "EUR", rate: "0.925" })).toBe(1); // 0.925 cents → 1
    // Large rial amounts stay exact (beyond what a float multiplication keeps).
    expect(convertMinor(99_999_999, "USD", { currency: "IRR", rate: "1050000.123456789" })).toBe(1_050_000_112_957);
  });

  it("refuses a rate that is not a positive decimal", () => {
    expect(() => parseRate("0")).toThrow();
    expect(() => parseRate("-1")).toThrow();
    expect(() => parseRate("1e3")).toThrow();
    expect(parseRate("41.5")).toEqual({ numerator: 415n, denominator: 10n });
  });
});

describe("rounding rules", () => {
  it("charm pricing ends in .99 and never rounds down", () => {
    const euro = market("euro").rounding;
    expect(roundPrice(3066, euro)).toBe(3099);
    expect(roundPrice(3099, euro)).toBe(3099);
    expect(roundPrice(3100, euro)).toBe(3199);
    expect(roundPrice(0, euro)).toBe(0);
  });

  it("hryvnias end in 9, rials in whole thousands of tomans, dinars in halves", () => {
    expect(roundPrice(199_200, market("ua").rounding)).toBe(199_900);
    expect(roundPrice(50_404_000, market("ir").rounding)).toBe(50_400_000);
    expect(roundPrice(14_736, market("kw").rounding)).toBe(14_500);
  });

  it("rounds thresholds to round figures", () => {
    expect(roundThreshold(13_800, market("euro").rounding)).toBe(14_000);
    expect(roundThreshold(157_500_000, market("ir").rounding)).toBe(158_000_000);
  });
});

describe("markets", () => {
  it("finds the destination's market, and the home market for a country in none", () => {
    expect(marketFor(rules.markets, "DE").currency).toBe("EUR");
    expect(marketFor(rules.markets, "IR").currency).toBe("IRR");
    expect(marketFor(rules.markets, "PL").currency).toBe("USD");
    expect(hasMarket(rules.markets, "PL")).toBe(false);
    expect(marketFor(rules.markets, null).id).toBe("us");
  });

  it("localizes from base or from another market to the same rules", () => {
    const euro = rulesForCountry(rules, "DE");
    expect(rulesForCountry(rulesForCountry(rules, "SA"), "FR")).toBe(euro);
    expect(euro.methods.find((m) => m.id === "europe-standard")!.freeOver).toBe(14_000); // $150 → €138 → €140
  });

  it("prices from the price list where it has the variant, by the rate elsewhere", () => {
    const q = quote({ lines: [line(7, 4800), line(8, 4800)], destination: { country: "GB" }, rules, at });
    expect(q.currency).toBe("GBP");
    expect(q.lines[0]!.unitPrice.amount).toBe(4799); // the list's £47.99
    expect(q.lines[1]!.unitPrice.amount).toBe(4599); // $48 × 0.79 × 1.2 VAT = £45.50 → £45.99
  });

  it("uses the merchant's fixed coupon amount for the currency, else converts it to a round figure", () => {
    const save15 = coupons.find((c) => c.code === "SAVE15")!;
    expect(couponInMarket(save15, rulesInMarket(rules, market("euro")))).toMatchObject({ value: 1500, minSubtotal: 9000 });
    expect(couponInMarket(save15, rulesInMarket(rules, market("sa")))).toMatchObject({ value: 6000, minSubtotal: 38_000 }) // 56.25 → 60 SAR, 375 → 380 SAR;
    const q = quote({ lines: [line(1, 12000)], destination: { country: "DE" }, coupon: { code: "SAVE15", found: save15 }, rules, at });
    expect(q.orderDiscount).toEqual({ amount: 1500, currency: "EUR" });
  });

  it("makes shipping free over the market's own threshold", () => {
    const below = quote({ lines: [line(1, 10000)], destination: { country: "DE" }, rules, at }); // €109.99
    const above = quote({ lines: [line(1, 12000)], destination: { country: "DE" }, rules, at }); // €131.99… still below €140
    const over = quote({ lines: [line(1, 13000)], destination: { country: "DE" }, rules, at });
    expect(below.selectedShipping!.free).toBe(false);
    expect(above.selectedShipping!.free).toBe(false);
    expect(over.lines[0]!.total.amount).toBeGreaterThanOrEqual(14_000);
    expect(over.selectedShipping!.free).toBe(true);
  });

  it("keeps a cart whose market was removed: it is priced in the home market", () => {
    const withoutEuro = { ...rules, markets: rules.markets.filter((m) => m.id !== "euro") };
    const q = quote({ lines: [line(1, 4800)], destination: { country: "DE" }, rules: withoutEuro, at });
    expect(q.currency).toBe("USD");
    expect(q.lines[0]!.unitPrice.amount).toBe(5712); // $48 + 19 % VAT
  });

  it("takes percentages off three-decimal dinars in whole 10 fils, so every total can be charged", () => {
    const welcome = coupons.find((c) => c.code === "WELCOME10")!;
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 80_000 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom("KW", "BH", "OM"), (unitPrice, quantity, country) => {
        // Outdoor goods are 15 % off this week: 15 % of a 14.500 KWD price is 2.175.
        const q = quote({ lines: [{ ...line(9, unitPrice, quantity), categorySlug: "outdoor" }], destination: { country }, coupon: { code: "WELCOME10", found: welcome }, rules, at });
        expect(q.lines[0]!.promotionDiscount.amount).toBeGreaterThan(0);
        expect(q.total.amount % 10).toBe(0);
      }),
    );
  });

  it("formats tomans for Iran and dinars with three decimals", () => {
    expect(formatMoney({ amount: 50_400_000, currency: "IRR" }, "fa-IR")).toBe("۵٬۰۴۰٬۰۰۰ تومان");
    expect(formatMoney({ amount: 14_500, currency: "KWD" }, "en-US").replace(/\s/g, " ")).toBe("KWD 14.500");
    expect(formatMoney({ amount: 8800, currency: "USD" }, "ar")).toBe("88.00 دولار أمريكي");
  });
});

describe("one price from cart to order, in every market", () => {
  const countries = [...new Set(rules.zones.flatMap((z) => z.countries))];
  it("quotes the same whichever market's rules the caller started from", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countries),
        fc.constantFrom(...countries),
        fc.array(fc.record({ variantId: fc.integer({ min: 1, max: 20 }), unitPrice: fc.integer({ min: 0, max: 50_000 }), quantity: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(null, "SAVE15", "WELCOME10", "FREESHIP"),
        (country, browsedIn, lines, code) => {
          const input = {
            lines: lines.map((l) => ({ ...l, categorySlug: "apparel", compareAtPrice: null })),
            destination: { country },
            coupon: code ? { code, found: coupons.find((c) => c.code === code) ?? null } : null,
            at,
          };
          const cart = quote({ ...input, rules: rulesForCountry(rules, browsedIn) });
          const checkout = quote({ ...input, rules });
          const order = quote({ ...input, rules: rulesForCountry(rules, country) });
          expect(cart).toEqual(checkout);
          expect(order).toEqual(checkout);
          expect(checkout.currency).toBe(marketFor(rules.markets, country).currency);
          for (const amount of [checkout.total, checkout.subtotal, checkout.tax.total, ...checkout.lines.map((l) => l.total)]) {
            expect(Number.isSafeInteger(amount.amount)).toBe(true);
            expect(amount.currency).toBe(checkout.currency);
          }
          expect(checkout.total.amount).toBe(
            checkout.subtotal.amount - checkout.orderDiscount.amount + (checkout.selectedShipping?.price.amount ?? 0) + (checkout.tax.included ? 0 : checkout.tax.total.amount),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

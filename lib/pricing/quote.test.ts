import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { normalizeCouponCode } from "./coupons";
import { quote, type QuoteInput } from "./quote";
import { freeShippingProgress, shippingRanges } from "./shipping";
import { grossFromNet, taxIncludedIn } from "./tax";
import type { Coupon, Destination, QuoteLine } from "./types";

const now = new Date("2026-12-01T17:00:00Z"); // Tuesday 09:00 in Portland
// A dollars-only store: the tax and shipping arithmetic here; lib/markets tests the currencies.
const seeded = seedPricingRules(new Date("2026-11-30T12:00:00Z"));
const rules = { ...seeded, markets: seeded.markets.slice(0, 1) };
const coupons = seedCoupons(new Date("2026-11-30T12:00:00Z"));
const couponNamed = (code: string) => ({ code, found: coupons.find((c) => c.code === code) ?? null });

const line = (unitPrice: number, quantity = 1, extra: Partial<QuoteLine> = {}): QuoteLine => ({
  variantId: Math.floor(Math.random() * 1e9),
  categorySlug: "apparel",
  quantity,
  unitPrice,
  compareAtPrice: null,
  ...extra,
});
const at = (input: Partial<QuoteInput> & Pick<QuoteInput, "lines">) => quote({ destination: null, at: now, rules, ...input });

describe("shipping", () => {
  it("has no options and no tax before a destination is known, and shows ranges instead", () => {
    const q = at({ lines: [line(2800)] });
    expect(q.shippingOptions).toEqual([]);
    expect(q.tax.total.amount).toBe(0);
    expect(shippingRanges(rules.zones, rules.methods)).toEqual({ domestic: { min: 299, max: 1299 }, international: { min: 799, max: 3499 } });
  });

  it("prices domestic standard by tier and makes it free above the threshold", () => {
    const dest = { country: "US", region: "OR" };
    expect(at({ lines: [line(2800)], destination: dest }).selectedShipping).toMatchObject({ methodId: "us-standard", price: { amount: 399 }, free: false });
    expect(at({ lines: [line(3800)], destination: dest }).selectedShipping?.price.amount).toBe(299);
    expect(at({ lines: [line(7500)], destination: dest }).selectedShipping).toMatchObject({ price: { amount: 0 }, free: true });
  });

  it("measures the way to free standard shipping on the discounted subtotal", () => {
    const us = { country: "US", region: "OR" };
    expect(freeShippingProgress(at({ lines: [line(5000)], destination: us }), rules.methods)).toEqual({ threshold: 7500, counted: 5000, remaining: 2500 });
    expect(freeShippingProgress(at({ lines: [line(8000)], destination: us, coupon: couponNamed("WELCOME10") }), rules.methods)).toEqual({
      threshold: 7500,
      counted: 7200,
      remaining: 300,
    });
    expect(freeShippingProgress(at({ lines: [line(9000)], destination: us }), rules.methods)?.remaining).toBe(0);
    expect(freeShippingProgress(at({ lines: [line(9000)], destination: { country: "IR" } }), rules.methods)).toBeNull();
  });

  it("preselects the cheapest option and honours a chosen one", () => {
    const q = at({ lines: [line(2800)], destination: { country: "US" }, shippingMethodId: "us-express" });
    expect(q.shippingOptions.map((o) => o.methodId)).toEqual(["us-standard", "us-express"]);
    expect(q.selectedShipping?.methodId).toBe("us-express");
    expect(at({ lines: [line(2800)], destination: { country: "US" }, shippingMethodId: "nope" }).selectedShipping?.methodId).toBe("us-standard");
  });

  it("gives each option a delivery window in dates", () => {
    const q = at({ lines: [line(2800)], destination: { country: "US" } });
    expect(q.shippingOptions[0]!.window).toEqual({ from: "2026-12-03", to: "2026-12-08" });
    expect(q.shippingOptions[1]!.window).toEqual({ from: "2026-12-02", to: "2026-12-03" });
  });

  it("cannot ship to a country outside every zone", () => {
    expect(at({ lines: [line(2800)], destination: { country: "BR" } }).shippingOptions).toEqual([]);
  });
});

describe("tax", () => {
  it("adds US sales tax by state on merchandise only", () => {
    const q = at({ lines: [line(10000)], destination: { country: "US", region: "CA" } });
    expect(q.pricesIncludeTax).toBe(false);
    expect(q.tax.total.amount).toBe(825);
    expect(q.total.amount).toBe(10000 + 825 + 0);
  });

  it("charges no tax in a state without a rate and in zero-tax markets", () => {
    expect(at({ lines: [line(10000)], destination: { country: "US", region: "OR" } }).tax.total.amount).toBe(0);
    expect(at({ lines: [line(10000)], destination: { country: "QA" } }).tax.total.amount).toBe(0);
  });

  it("shows EU prices including VAT, with VAT on shipping inside the total", () => {
    const q = at({ lines: [line(2800, 2)], destination: { country: "DE" } });
    expect(q.pricesIncludeTax).toBe(true);
    expect(q.lines[0]!.unitPrice.amount).toBe(3332); // 28.00 + 19 %
    expect(q.subtotal.amount).toBe(6664);
    expect(q.selectedShipping?.price.amount).toBe(grossFromNet(799, 1900));
    expect(q.total.amount).toBe(6664 + 951);
    expect(q.tax.total.amount).toBe(taxIncludedIn(6664 + 951, 1900));
    expect(q.tax.included).toBe(true);
  });

  it("rounds half away from zero", () => {
    expect(grossFromNet(1050, 2000)).toBe(1260);
    expect(grossFromNet(1, 2000)).toBe(1); // 1.2 → 1
    expect(grossFromNet(3, 2500)).toBe(4); // 3.75 → 4
    expect(taxIncludedIn(1200, 2000)).toBe(200);
  });
});

describe("discounts", () => {
  it("shows compare-at savings", () => {
    const q = at({ lines: [line(6000, 2, { compareAtPrice: 8000 })], destination: { country: "US", region: "OR" } });
    expect(q.savings.amount).toBe(4000);
  });

  it("applies the running promotion to its category only, not on top of a sale", () => {
    const q = at({
      lines: [line(4000, 1, { categorySlug: "outdoor" }), line(4000, 1, { categorySlug: "outdoor", compareAtPrice: 5000 }), line(4000, 1)],
    });
    expect(q.lines.map((l) => l.promotionDiscount.amount)).toEqual([600, 0, 0]);
    expect(q.savings.amount).toBe(600 + 1000);
  });

  it("stops the promotion at its real end time", () => {
    const end = new Date(rules.promotions[0]!.endsAt);
    const lines = [line(4000, 1, { categorySlug: "outdoor" })];
    expect(quote({ lines, destination: null, rules, at: new Date(end.getTime() - 1000) }).subtotal.amount).toBe(3400);
    expect(quote({ lines, destination: null, rules, at: end }).subtotal.amount).toBe(4000);
  });

  it("applies percent, fixed and free-shipping coupons", () => {
    const us = { country: "US", region: "OR" };
    expect(at({ lines: [line(5000)], destination: us, coupon: couponNamed("WELCOME10") }).orderDiscount.amount).toBe(500);
    expect(at({ lines: [line(12000)], destination: us, coupon: couponNamed("SAVE15") }).orderDiscount.amount).toBe(1500);
    const free = at({ lines: [line(4000)], destination: us, coupon: couponNamed("FREESHIP"), shippingMethodId: "us-express" });
    expect(free.shippingOptions.every((o) => o.free && o.price.amount === 0)).toBe(true);
  });

  it.each([
    ["SUMMER20", { code: "expired" }],
    ["NEXTWEEK", { code: "not_started" }],
    ["LAUNCH50", { code: "usage_limit" }],
    ["NOSUCHCODE", { code: "not_found" }],
  ])("refuses %s with a specific reason", (code, error) => {
    const q = at({ lines: [line(5000)], coupon: couponNamed(code) });
    expect(q.coupon).toMatchObject({ code, applied: false, error });
    expect(q.orderDiscount.amount).toBe(0);
  });

  it("says how much more is needed for a minimum", () => {
    const q = at({ lines: [line(8800)], coupon: couponNamed("SAVE15") });
    expect(q.coupon).toEqual({ code: "SAVE15", applied: false, error: { code: "min_subtotal", missing: { amount: 1200, currency: "USD" } } });
  });

  it("keeps first-order coupons for first orders", () => {
    expect(at({ lines: [line(5000)], coupon: couponNamed("WELCOME10"), isFirstOrder: false }).coupon).toMatchObject({ applied: false, error: { code: "first_order_only" } });
  });

  it("never discounts below zero", () => {
    const big: Coupon = { ...coupons[1]!, code: "BIG", value: 999_999, minSubtotal: null, expiresAt: null };
    expect(at({ lines: [line(500)], coupon: { code: "BIG", found: big } }).total.amount).toBe(0);
  });

  it("normalises codes and rejects odd input", () => {
    expect(normalizeCouponCode("  save15 ")).toBe("SAVE15");
    expect(normalizeCouponCode("<script>")).toBeNull();
    expect(normalizeCouponCode("x".repeat(10_240))).toBeNull();
    expect(normalizeCouponCode("")).toBeNull();
  });
});

const countries = [...new Set(rules.zones.flatMap((z) => z.countries)), "BR", "JP"];
const arbitraryDestination: fc.Arbitrary<Destination | null> = fc.option(
  fc.record({ country: fc.constantFrom(...countries), region: fc.option(fc.constantFrom("CA", "NY", "OR", "TX", "WA"), { nil: null }) }),
  { nil: null },
);
const arbitraryLine: fc.Arbitrary<QuoteLine> = fc.record({
  variantId: fc.integer({ min: 1, max: 1_000_000 }),
  categorySlug: fc.constantFrom("apparel", "bags", "home", "stationery", "outdoor"),
  quantity: fc.integer({ min: 1, max: 10 }),
  unitPrice: fc.integer({ min: 1, max: 50_000 }),
  compareAtPrice: fc.option(fc.integer({ min: 1, max: 80_000 }), { nil: null }),
});
const arbitraryInput = fc.record({
  lines: fc.array(arbitraryLine, { minLength: 0, maxLength: 8 }),
  destination: arbitraryDestination,
  coupon: fc.option(fc.constantFrom(...coupons.map((c) => c.code), "BOGUS"), { nil: null }),
  shippingMethodId: fc.option(fc.constantFrom(...rules.methods.map((m) => m.id)), { nil: null }),
  at: fc.date({ min: new Date("2026-11-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
});
type Generated = { lines: QuoteLine[]; destination: Destination | null; coupon: string | null; shippingMethodId: string | null; at: Date };
const toInput = (x: Generated): QuoteInput => ({
  ...x,
  coupon: x.coupon ? couponNamed(x.coupon) : null,
  rules,
});

describe("quote properties", () => {
  it("never produces a negative figure", () => {
    fc.assert(
      fc.property(arbitraryInput, (x) => {
        const q = quote(toInput(x));
        for (const amount of [q.subtotal, q.total, q.tax.total, q.savings, q.orderDiscount, ...q.shippingOptions.map((o) => o.price)]) {
          expect(amount.amount).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(amount.amount)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("adds up: lines → subtotal → total, with tax inside or on top as the market shows it", () => {
    fc.assert(
      fc.property(arbitraryInput, (x) => {
        const q = quote(toInput(x));
        const lineSum = q.lines.reduce((sum, l) => sum + l.total.amount, 0);
        expect(q.subtotal.amount).toBe(lineSum);
        for (const l of q.lines) expect(l.total.amount).toBe(l.unitPrice.amount * l.quantity - l.promotionDiscount.amount);
        const shipping = q.selectedShipping?.price.amount ?? 0;
        const expected = q.subtotal.amount - q.orderDiscount.amount + shipping + (q.tax.included ? 0 : q.tax.total.amount);
        expect(q.total.amount).toBe(expected);
        if (q.tax.included) expect(q.tax.total.amount).toBeLessThanOrEqual(q.total.amount);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the checkout the cart's figures: same inputs in any line order, re-quoted with the chosen method", () => {
    fc.assert(
      fc.property(arbitraryInput, (x) => {
        const cart = quote(toInput(x));
        const checkout = quote({ ...toInput(x), lines: [...x.lines].reverse(), shippingMethodId: cart.selectedShipping?.methodId ?? null });
        expect(checkout.total).toEqual(cart.total);
        expect(checkout.tax.total).toEqual(cart.tax.total);
        expect(checkout.selectedShipping).toEqual(cart.selectedShipping);
      }),
      { numRuns: 500 },
    );
  });
});

import { seedMarkets } from "./markets";
import type { Coupon, PricingRules, ShippingMethod, ShippingZone, TaxRate } from "@/lib/pricing/types";

/**
 * The store's shipping, tax and discount rules. Seeded into the database; the shipping page,
 * the FAQ and every price on the site are computed from what is stored there.
 * Amounts are US cents; tax rates are basis points (1900 = 19 %).
 */
const eu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
const gulf = ["AE", "SA", "QA", "KW", "BH", "OM"];

export const seedZones: ShippingZone[] = [
  { id: "us", countries: ["US"], domestic: true },
  { id: "europe", countries: [...eu, "GB"], domestic: false },
  { id: "ukraine", countries: ["UA"], domestic: false },
  { id: "gulf", countries: gulf, domestic: false },
  { id: "iran", countries: ["IR"], domestic: false },
];

export const seedMethods: ShippingMethod[] = [
  { id: "us-standard", zoneId: "us", service: "standard", carrier: "USPS Ground Advantage", rate: [{ below: 3000, amount: 399 }, { below: null, amount: 299 }], freeOver: 7500, transitDays: { min: 2, max: 5 } },
  { id: "us-express", zoneId: "us", service: "express", carrier: "UPS 2nd Day Air", rate: [{ below: null, amount: 1299 }], freeOver: null, transitDays: { min: 1, max: 2 } },
  { id: "europe-standard", zoneId: "europe", service: "standard", carrier: "DHL Parcel International", rate: [{ below: 5000, amount: 999 }, { below: null, amount: 799 }], freeOver: 15000, transitDays: { min: 5, max: 8 } },
  { id: "europe-express", zoneId: "europe", service: "express", carrier: "DHL Express Worldwide", rate: [{ below: null, amount: 2499 }], freeOver: null, transitDays: { min: 2, max: 4 } },
  { id: "ukraine-standard", zoneId: "ukraine", service: "standard", carrier: "Nova Post Global", rate: [{ below: null, amount: 1099 }], freeOver: 15000, transitDays: { min: 7, max: 12 } },
  { id: "ukraine-express", zoneId: "ukraine", service: "express", carrier: "DHL Express Worldwide", rate: [{ below: null, amount: 2999 }], freeOver: null, transitDays: { min: 3, max: 5 } },
  { id: "gulf-standard", zoneId: "gulf", service: "standard", carrier: "Aramex Economy", rate: [{ below: null, amount: 1099 }], freeOver: 20000, transitDays: { min: 6, max: 9 } },
  { id: "gulf-express", zoneId: "gulf", service: "express", carrier: "Aramex Priority", rate: [{ below: null, amount: 2799 }], freeOver: null, transitDays: { min: 3, max: 5 } },
  { id: "iran-standard", zoneId: "iran", service: "standard", carrier: "Post Parcel International", rate: [{ below: null, amount: 1099 }], freeOver: null, transitDays: { min: 10, max: 16 } },
  { id: "iran-express", zoneId: "iran", service: "express", carrier: "Courier Express", rate: [{ below: null, amount: 3499 }], freeOver: null, transitDays: { min: 5, max: 8 } },
];

const vat = (country: string, rate: number): TaxRate => ({ country, region: null, rate, inclusive: true, appliesToShipping: true, label: "vat" });
const salesTax = (region: string, rate: number): TaxRate => ({ country: "US", region, rate, inclusive: false, appliesToShipping: false, label: "salesTax" });

export const seedTaxRates: TaxRate[] = [
  // US: sales tax added at checkout, by state (a representative combined rate; shipping not taxed).
  salesTax("CA", 825), salesTax("NY", 888), salesTax("TX", 825), salesTax("WA", 1025), salesTax("IL", 1025), salesTax("FL", 700), salesTax("MA", 625),
  // EU standard VAT rates and the UK, included in shown prices.
  ...Object.entries({ AT: 2000, BE: 2100, BG: 2000, HR: 2500, CY: 1900, CZ: 2100, DK: 2500, EE: 2400, FI: 2550, FR: 2000, DE: 1900, GR: 2400, HU: 2700, IE: 2300, IT: 2200, LV: 2100, LT: 2100, LU: 1700, MT: 1800, NL: 2100, PL: 2300, PT: 2300, RO: 2100, SK: 2300, SI: 2200, ES: 2100, SE: 2500, GB: 2000 }).map(([c, r]) => vat(c, r)),
  vat("UA", 2000),
  // Gulf VAT; Qatar and Kuwait levy none.
  vat("AE", 500), vat("SA", 1500), vat("BH", 1000), vat("OM", 500),
  vat("IR", 1000),
];

export const seedWarehouse: PricingRules["warehouse"] = {
  timeZone: "America/Los_Angeles",
  cutoff: "14:00",
  handlingDays: 0,
  // US federal holidays (observed) on which the warehouse does not ship.
  holidays: [
    "2026-11-26", "2026-12-25", "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
    "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
  ],
};

/** Coupons; dates relative to the seeding moment so a fresh store always has live and expired ones. */
export function seedCoupons(now: Date): Coupon[] {
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
  const base = { minSubtotal: null, firstOrderOnly: false, usageLimit: null, timesUsed: 0, startsAt: null, expiresAt: null, amounts: {} };
  return [
    { ...base, code: "WELCOME10", kind: "percent", value: 10, firstOrderOnly: true },
    // $15 off, and the merchant's own round figure where a converted one would look odd.
    { ...base, code: "SAVE15", kind: "fixed", value: 1500, amounts: { EUR: 1500, GBP: 1200, UAH: 60000, IRR: 15000000 }, minSubtotal: 10000, expiresAt: days(60) },
    { ...base, code: "FREESHIP", kind: "free_shipping", value: 0, minSubtotal: 3000 },
    { ...base, code: "SUMMER20", kind: "percent", value: 20, startsAt: days(-120), expiresAt: days(-30) },
    { ...base, code: "NEXTWEEK", kind: "percent", value: 15, startsAt: days(7), expiresAt: days(30) },
    { ...base, code: "LAUNCH50", kind: "percent", value: 50, usageLimit: 100, timesUsed: 100 },
    { ...base, code: "THANKYOU10", kind: "percent", value: 10 },
  ];
}

/** One automatic promotion with a real end time, fixed in the database when seeded. */
export function seedPromotions(now: Date): PricingRules["promotions"] {
  const end = new Date(now.getTime() + 4 * 86_400_000);
  end.setUTCHours(7, 59, 0, 0); // 23:59 in Portland the night before
  return [{ id: "outdoor-week", percentOff: 15, categories: ["outdoor"], startsAt: new Date(now.getTime() - 86_400_000).toISOString(), endsAt: end.toISOString() }];
}

export function seedPricingRules(now: Date): PricingRules {
  return { currency: "USD", baseCurrency: "USD", markets: seedMarkets, market: null, zones: seedZones, methods: seedMethods, warehouse: seedWarehouse, taxRates: seedTaxRates, promotions: seedPromotions(now) };
}

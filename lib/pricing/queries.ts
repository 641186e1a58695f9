import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { coupons, marketPrices, markets, promotions, shippingMethods, shippingZones, taxRates, warehouses } from "@/db/schema";
import type { Market } from "@/lib/markets/types";
import type { Coupon, PricingRules } from "./types";

/**
 * Everything `quote` needs, read in one go, in the base currency; callers cache it
 * (lib/pricing/cached.ts) and localize it per market (lib/markets/localize.ts).
 */
export async function loadPricingRules(db: Executor, { currency, homeCountry }: { currency: string; homeCountry: string }): Promise<PricingRules> {
  const [zones, methods, [warehouse], rates, promos, marketList] = await Promise.all([
    db.select().from(shippingZones).orderBy(asc(shippingZones.position)),
    db.select().from(shippingMethods).orderBy(asc(shippingMethods.position)),
    db.select().from(warehouses).where(eq(warehouses.id, "main")),
    db.select().from(taxRates),
    db.select().from(promotions),
    loadMarkets(db),
  ]);
  if (!warehouse) throw new Error("No warehouse configured: run `npm run db:seed`.");
  return {
    currency,
    baseCurrency: currency,
    // With no market configured (or all removed) the store still sells: in its own currency at home.
    markets: marketList.length ? marketList : [{ id: "home", currency, countries: [homeCountry], rate: "1", rounding: { step: 1, charm: 0, thresholdStep: 1 }, prices: {} }],
    market: null,
    zones: zones.map((z) => ({ id: z.id, countries: z.countries, domestic: z.domestic })),
    methods: methods.map((m) => ({
      id: m.id,
      zoneId: m.zoneId,
      service: m.service,
      carrier: m.carrier,
      rate: m.rate,
      freeOver: m.freeOver,
      transitDays: { min: m.transitDaysMin, max: m.transitDaysMax },
    })),
    warehouse: { timeZone: warehouse.timeZone, cutoff: warehouse.cutoff, handlingDays: warehouse.handlingDays, holidays: warehouse.holidays },
    taxRates: rates.map((r) => ({ country: r.country, region: r.region, rate: r.rate, inclusive: r.inclusive, appliesToShipping: r.appliesToShipping, label: r.label })),
    promotions: promos.map((p) => ({ id: p.id, percentOff: p.percentOff, categories: p.categories, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() })),
  };
}

export async function findCoupon(db: Executor, { code }: { code: string }): Promise<Coupon | null> {
  const [row] = await db.select().from(coupons).where(eq(coupons.code, code));
  if (!row) return null;
  return {
    code: row.code,
    kind: row.kind,
    value: row.value,
    minSubtotal: row.minSubtotal,
    firstOrderOnly: row.firstOrderOnly,
    usageLimit: row.usageLimit,
    timesUsed: row.timesUsed,
    amounts: row.amounts,
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** "0.920000000" → "0.92": the rate as the merchant wrote it. */
const trimRate = (rate: string) => (rate.includes(".") ? rate.replace(/\.?0+$/, "") : rate);

async function loadMarkets(db: Executor): Promise<Market[]> {
  const [rows, prices] = await Promise.all([db.select().from(markets).orderBy(asc(markets.position), asc(markets.id)), db.select().from(marketPrices)]);
  return rows.map((row) => ({
    id: row.id,
    currency: row.currency,
    countries: row.countries,
    rate: trimRate(row.rate),
    rounding: row.rounding,
    prices: Object.fromEntries(
      prices.filter((p) => p.marketId === row.id).map((p) => [String(p.variantId), { price: p.price, compareAt: p.compareAtPrice }]),
    ),
  }));
}

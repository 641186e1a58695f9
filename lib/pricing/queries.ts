import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { coupons, promotions, shippingMethods, shippingZones, taxRates, warehouses } from "@/db/schema";
import type { Coupon, PricingRules } from "./types";

/** Everything `quote` needs, read in one go; callers cache it (lib/pricing/cached.ts). */
export async function loadPricingRules(db: Executor, { currency }: { currency: string }): Promise<PricingRules> {
  const [zones, methods, [warehouse], rates, promos] = await Promise.all([
    db.select().from(shippingZones).orderBy(asc(shippingZones.position)),
    db.select().from(shippingMethods).orderBy(asc(shippingMethods.position)),
    db.select().from(warehouses).where(eq(warehouses.id, "main")),
    db.select().from(taxRates),
    db.select().from(promotions),
  ]);
  if (!warehouse) throw new Error("No warehouse configured: run `npm run db:seed`.");
  return {
    currency,
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
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { marketPrices, markets, variants, coupons, promotions, shippingMethods, shippingZones, storeMeta, taxRates, warehouses } from "../schema";
import type { Market } from "@/lib/markets/types";
import type { Coupon, PricingRules } from "@/lib/pricing/types";
import { ukListPrice } from "./markets";

const seededKey = "pricing_seeded_at";

export async function isPricingSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select().from(storeMeta).where(sql`${storeMeta.key} = ${seededKey}`);
  return row !== undefined;
}

export async function clearPricing(db: Database): Promise<void> {
  await db.execute(sql`truncate shipping_zones, shipping_methods, warehouses, tax_rates, coupons, promotions, markets, market_prices restart identity cascade`);
  await db.delete(storeMeta).where(sql`${storeMeta.key} = ${seededKey}`);
}

/** Loads shipping zones and methods, the warehouse calendar, tax rates, coupons and promotions. */
export async function loadPricing(db: Database, seed: { rules: PricingRules; coupons: Coupon[]; now?: Date }): Promise<void> {
  const now = seed.now ?? new Date();
  const { rules } = seed;
  await db.transaction(async (tx) => {
    await tx.insert(shippingZones).values(rules.zones.map((z, position) => ({ ...z, position })));
    await tx.insert(shippingMethods).values(
      rules.methods.map((m, position) => ({
        id: m.id,
        zoneId: m.zoneId,
        service: m.service,
        carrier: m.carrier,
        rate: m.rate,
        freeOver: m.freeOver,
        transitDaysMin: m.transitDays.min,
        transitDaysMax: m.transitDays.max,
        position,
      })),
    );
    await tx.insert(warehouses).values({ id: "main", ...rules.warehouse });
    await tx.insert(taxRates).values(rules.taxRates);
    await tx.insert(coupons).values(
      seed.coupons.map((c) => ({
        ...c,
        startsAt: c.startsAt ? new Date(c.startsAt) : null,
        expiresAt: c.expiresAt ? new Date(c.expiresAt) : null,
      })),
    );
    await insertMarkets(tx as unknown as Database, rules.markets);
    await tx.insert(promotions).values(
      rules.promotions.map((p) => ({ ...p, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) })),
    );
    await tx
      .insert(storeMeta)
      .values({ key: seededKey, value: now.toISOString() })
      .onConflictDoUpdate({ target: storeMeta.key, set: { value: now.toISOString(), updatedAt: now } });
  });
}

export async function hasMarkets(db: Database): Promise<boolean> {
  return (await db.select({ id: markets.id }).from(markets).limit(1)).length > 0;
}

/** Loads the markets, and the UK price list for the variants the catalog has (none yet: none listed). */
export async function insertMarkets(db: Database, list: Market[]): Promise<void> {
  if (!list.length) return;
  await db.insert(markets).values(list.map((m, position) => ({ id: m.id, currency: m.currency, countries: m.countries, rate: m.rate, rounding: m.rounding, position })));
  const uk = list.find((m) => m.id === "uk");
  if (!uk) return;
  const rows = await db.select({ id: variants.id, price: variants.price, compareAtPrice: variants.compareAtPrice }).from(variants);
  if (!rows.length) return;
  await db.insert(marketPrices).values(
    rows.map((v) => {
      const price = ukListPrice(v.price);
      const compareAt = v.compareAtPrice === null ? null : ukListPrice(v.compareAtPrice);
      return { marketId: uk.id, variantId: v.id, price, compareAtPrice: compareAt !== null && compareAt > price ? compareAt : null };
    }),
  );
}

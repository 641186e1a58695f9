import type { Destination, Quote, RateTier, ShippingMethod, ShippingZone } from "./types";

export function zoneFor(zones: ShippingZone[], destination: Destination | null): ShippingZone | null {
  if (!destination) return null;
  return zones.find((zone) => zone.countries.includes(destination.country)) ?? null;
}

export function tierPrice(tiers: RateTier[], subtotal: number): number {
  const tier = tiers.find((t) => t.below === null || subtotal < t.below) ?? tiers[tiers.length - 1];
  return tier?.amount ?? 0;
}

/** Lowest and highest non-free price of a set of methods, for "Shipping 2.99–3.99" before an address is known. */
export function priceRange(methods: ShippingMethod[]): { min: number; max: number } | null {
  const amounts = methods.flatMap((m) => m.rate.map((t) => t.amount)).filter((a) => a > 0);
  return amounts.length ? { min: Math.min(...amounts), max: Math.max(...amounts) } : null;
}

export function shippingRanges(zones: ShippingZone[], methods: ShippingMethod[]) {
  const inZones = (domestic: boolean) => {
    const ids = new Set(zones.filter((z) => z.domestic === domestic).map((z) => z.id));
    return priceRange(methods.filter((m) => ids.has(m.zoneId)));
  };
  return { domestic: inZones(true), international: inZones(false) };
}

/** The smallest free-shipping threshold of the domestic zone, for the site-wide promise. */
export function domesticFreeShippingThreshold(zones: ShippingZone[], methods: ShippingMethod[]): number | null {
  const domestic = new Set(zones.filter((z) => z.domestic).map((z) => z.id));
  const thresholds = methods.filter((m) => domestic.has(m.zoneId) && m.freeOver !== null).map((m) => m.freeOver!);
  return thresholds.length ? Math.min(...thresholds) : null;
}

/**
 * The free standard-shipping threshold to promise: the destination zone's when one is known and
 * has one, else the domestic one.
 */
export function freeShippingThreshold(
  rules: { zones: ShippingZone[]; methods: ShippingMethod[] },
  destination: Destination | null,
): { amount: number; domestic: boolean } | null {
  const zone = zoneFor(rules.zones, destination);
  if (zone && !zone.domestic) {
    const own = rules.methods.filter((m) => m.zoneId === zone.id && m.freeOver !== null).map((m) => m.freeOver!);
    return own.length ? { amount: Math.min(...own), domestic: false } : null;
  }
  const amount = domesticFreeShippingThreshold(rules.zones, rules.methods);
  return amount === null ? null : { amount, domestic: true };
}

/**
 * How far a quote is from free standard shipping: the threshold, the discounted subtotal that counts
 * towards it and what is left (0 once reached); null when the destination's standard method is never free.
 */
export function freeShippingProgress(
  quote: Pick<Quote, "subtotal" | "orderDiscount" | "shippingOptions">,
  methods: ShippingMethod[],
): { threshold: number; counted: number; remaining: number } | null {
  const standardId = quote.shippingOptions.find((o) => o.service === "standard")?.methodId;
  const threshold = methods.find((m) => m.id === standardId)?.freeOver ?? null;
  if (threshold === null) return null;
  const counted = quote.subtotal.amount - quote.orderDiscount.amount;
  return { threshold, counted, remaining: Math.max(0, threshold - counted) };
}

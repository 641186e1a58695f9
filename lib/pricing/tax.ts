import type { Destination, TaxRate } from "./types";

/** The rate for a destination: its region's if one is set, else the country's; null where none applies. */
export function taxRateFor(rates: TaxRate[], destination: Destination | null): TaxRate | null {
  if (!destination) return null;
  const country = rates.filter((r) => r.country === destination.country);
  const region = destination.region?.toUpperCase();
  return country.find((r) => region && r.region === region) ?? country.find((r) => r.region === null) ?? null;
}

/*
 * Rounding rules (documented in docs/pricing.md):
 * - amounts are integers of minor units; every rounding is half away from zero, once per step;
 * - tax-inclusive markets: a net unit price becomes round(net × (1 + rate)) and that is the price
 *   shown and charged; the tax inside a gross total is round(gross × rate / (1 + rate));
 * - tax-exclusive markets: tax is computed once on the order's taxable total, round(net × rate).
 */
const round = (value: number) => Math.sign(value) * Math.round(Math.abs(value));

export function grossFromNet(net: number, rateBasisPoints: number): number {
  return round((net * (10_000 + rateBasisPoints)) / 10_000);
}

export function taxIncludedIn(gross: number, rateBasisPoints: number): number {
  return round((gross * rateBasisPoints) / (10_000 + rateBasisPoints));
}

export function taxOnNet(net: number, rateBasisPoints: number): number {
  return round((net * rateBasisPoints) / 10_000);
}

export function percentOf(amount: number, percent: number): number {
  return round((amount * percent) / 100);
}

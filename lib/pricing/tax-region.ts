import { normalizePostalCode, usStateFromZip } from "./postal-codes";
import type { Destination, TaxRate } from "./types";

/** Where a guessed state came from, best first: what the shopper typed beats where they seem to be. */
export type TaxRegionSource = "checkout" | "account" | "location";

export interface TaxRegionGuess {
  region: string;
  source: TaxRegionSource;
}

/** A postal address the store already has for the shopper (checkout draft, saved address). */
export interface KnownPlace {
  country: string;
  postalCode: string;
}

/** Whether the tax of `destination` still depends on a region (a US state) the store does not know. */
export function taxNeedsRegion(destination: Destination | null, rates: TaxRate[]): boolean {
  if (!destination || destination.region) return false;
  return rates.some((rate) => rate.country === destination.country && rate.region !== null);
}

/** The region a postal code lies in, where the store can tell (US states from the ZIP). */
export function regionOfPostalCode(place: KnownPlace): string | null {
  if (place.country !== "US") return null;
  const zip = normalizePostalCode("US", place.postalCode);
  return zip ? usStateFromZip(zip) : null;
}

/**
 * The best guess of the state whose tax applies when the destination names only the country (B2):
 * the ZIP typed at checkout, then the account's saved address, then the CDN's region header. Only
 * places in the destination's country count; null when nothing says, and the shopper is asked.
 */
export function guessTaxRegion(
  destination: Destination | null,
  rates: TaxRate[],
  hints: { checkout?: KnownPlace | null; account?: KnownPlace | null; location?: { country: string | null; region: string | null } | null },
): TaxRegionGuess | null {
  if (!destination || !taxNeedsRegion(destination, rates)) return null;
  for (const source of ["checkout", "account"] as const) {
    const place = hints[source];
    if (place?.country !== destination.country) continue;
    const region = regionOfPostalCode(place);
    // A ZIP in a state without sales tax is a real answer too (no tax), not a reason to look further.
    if (region) return { region, source };
  }
  const location = hints.location;
  const region = location?.region?.trim().toUpperCase() ?? "";
  if (location?.country?.trim().toUpperCase() === destination.country && /^[A-Z]{2}$/.test(region)) {
    return { region, source: "location" };
  }
  return null;
}

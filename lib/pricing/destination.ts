import { z } from "zod";
import { destinationCandidates } from "./destination-candidates";
import { normalizePostalCode, usStateFromZip } from "./postal-codes";
import type { Destination, ShippingZone } from "./types";

export const destinationCookie = { name: "deliver_to", maxAgeSeconds: 60 * 60 * 24 * 365 } as const;

/** Countries the store ships to, from the shipping zones. */
export function shippableCountries(zones: ShippingZone[]): string[] {
  return [...new Set(zones.flatMap((z) => z.countries))].sort();
}

export type DestinationError = "unknown_country" | "postal_code";

/** Validates "Deliver to" input: a country the store ships to and, if given, a postal code in that country's format. */
export function parseDestinationInput(
  input: { country?: unknown; postalCode?: unknown },
  zones: ShippingZone[],
): { ok: true; destination: Destination } | { ok: false; errors: Partial<Record<"country" | "postalCode", DestinationError>> } {
  const country = z.string().trim().toUpperCase().max(2).safeParse(input.country);
  const postal = z.string().max(40).optional().safeParse(input.postalCode ?? "");
  const errors: Partial<Record<"country" | "postalCode", DestinationError>> = {};
  const code = country.success ? country.data : "";
  if (!shippableCountries(zones).includes(code)) errors.country = "unknown_country";
  let postalCode: string | null = null;
  if (!postal.success) errors.postalCode = "postal_code";
  else if (postal.data && postal.data.trim() !== "") {
    postalCode = normalizePostalCode(code, postal.data);
    if (!postalCode && !errors.country) errors.postalCode = "postal_code";
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, destination: { country: code, postalCode, region: code === "US" && postalCode ? usStateFromZip(postalCode) : null } };
}

export function serializeDestination(destination: Destination): string {
  return [destination.country, destination.postalCode ?? ""].join(":");
}

/** Reads the cookie back through the same validation, so a tampered cookie is just ignored. */
export function readDestinationCookie(value: string | undefined, zones: ShippingZone[]): Destination | null {
  if (!value || value.length > 40) return null;
  const [country, postalCode] = value.split(":");
  const parsed = parseDestinationInput({ country, postalCode }, zones);
  return parsed.ok ? parsed.destination : null;
}

/**
 * Best guess of where the shopper is: the first candidate (country header, then Accept-Language)
 * the store ships to; null when none is (then ranges are shown). A guess is never stored; the
 * shopper confirms or changes it in "Deliver to".
 */
export function guessDestination(signals: { countryHeader: string | null; acceptLanguage: string | null }, zones: ShippingZone[]): Destination | null {
  const allowed = new Set(shippableCountries(zones));
  const country = destinationCandidates(signals).find((candidate) => allowed.has(candidate));
  return country ? { country } : null;
}

import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { rulesForCountry } from "@/lib/markets/localize";
import { hasMarket } from "@/lib/markets/market-for";
import { getPricingRules } from "./cached";
import { destinationCookie, guessDestination, readDestinationCookie, shippableCountries } from "./destination";
import { taxRateFor } from "./tax";
import type { Destination, PricingRules, TaxRate } from "./types";

export interface ShopperPricing {
  /** In the currency of the destination's market (lib/markets). */
  rules: PricingRules;
  /** The destination's country is shipped to but has no market: prices are in the home currency. */
  outsideMarkets?: boolean;
  /** Chosen or guessed destination; null when nothing is known yet (ranges are shown). */
  destination: Destination | null;
  /** True until the shopper has chosen a destination ("Deliver to"); figures are then estimates. */
  guessed: boolean;
  taxRate: TaxRate | null;
  at: Date;
}

/** Where this shopper's order would go and the rules that price it, for the current request. */
export async function shopperPricing(): Promise<ShopperPricing> {
  const [base, cookieStore, headerStore] = await Promise.all([getPricingRules(), cookies(), headers()]);
  const chosen = readDestinationCookie(cookieStore.get(destinationCookie.name)?.value, base.zones);
  const destination =
    chosen ??
    guessDestination(
      { countryHeader: headerStore.get(env.GEO_COUNTRY_HEADER), acceptLanguage: headerStore.get("accept-language") },
      base.zones,
    );
  return pricingFor(base, destination, !chosen);
}

/**
 * Pricing for a cached page (lib/shell/route.ts): the first of the shell key's countries the store
 * ships to, without a postal code. Reads no cookies or headers, so every shopper of that country
 * shares the page; prices shown with tax use the country's rate, which no region overrides.
 */
export async function shellPricing(candidates: string[]): Promise<ShopperPricing> {
  const base = await getPricingRules();
  const allowed = new Set(shippableCountries(base.zones));
  const country = candidates.find((candidate) => allowed.has(candidate));
  return pricingFor(base, country ? { country } : null, true);
}

/** The rules of the destination's market and its tax rate, as of now (also for a mail, which has no request). */
export function pricingFor(base: PricingRules, destination: Destination | null, guessed: boolean): ShopperPricing {
  const rules = rulesForCountry(base, destination?.country);
  return {
    rules,
    outsideMarkets: destination !== null && !hasMarket(base.markets, destination.country),
    destination,
    guessed,
    taxRate: taxRateFor(rules.taxRates, destination),
    at: new Date(),
  };
}

/** Where the CDN or proxy says the visitor is (country and state/region codes), for a tax estimate only. */
export async function visitorLocation(): Promise<{ country: string | null; region: string | null }> {
  const headerStore = await headers();
  return { country: headerStore.get(env.GEO_COUNTRY_HEADER), region: headerStore.get(env.GEO_REGION_HEADER) };
}

/** What displayPrice needs from the shopper's pricing. */
export function priceContext(pricing: ShopperPricing) {
  return { rules: pricing.rules, rate: pricing.taxRate, at: pricing.at };
}

import type { Market } from "./types";

/**
 * The market of a destination country; the first market (the store's home market) when the
 * country is unknown or belongs to no market, so a cart always has a currency.
 */
export function marketFor(markets: Market[], country: string | null | undefined): Market {
  if (!markets.length) throw new Error("No market configured: run `npm run db:seed`.");
  return (country ? markets.find((m) => m.countries.includes(country)) : undefined) ?? markets[0]!;
}

/** Whether a country has a market of its own (else it is priced in the home market's currency). */
export function hasMarket(markets: Market[], country: string): boolean {
  return markets.some((m) => m.countries.includes(country));
}

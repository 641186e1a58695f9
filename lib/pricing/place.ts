import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";

/** "Germany 10115": where an order would go, as the shopper reads it. */
export function placeOf(destination: { country: string; postalCode?: string | null }, locale: Locale) {
  return [countryName(destination.country, locale), destination.postalCode].filter(Boolean).join(" ");
}

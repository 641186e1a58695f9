import "server-only";
import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { currencyLabel } from "@/lib/markets/currency-label";
import { formatMoney, money } from "@/lib/money";
import { minutesToCutoff } from "@/lib/pricing/delivery";
import { formatRate, formatWindow } from "@/lib/pricing/format";
import { freeShippingProgress, shippingRanges, zoneFor } from "@/lib/pricing/shipping";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { Quote } from "@/lib/pricing/types";
import { placeOf } from "@/lib/pricing/place";

/** What the product page's delivery box says, in the shopper's words: the box only lays it out. */
export interface DeliveryPanel {
  heading: string;
  lines: string[];
  options: { id: string; label: string; arrives: string; price: string }[];
  cutoff: string | null;
  toFree: string | null;
  taxNote: string;
}

/**
 * Shipping cost, delivery dates and tax for the shopper's destination, right under the buy button
 * (B1, B2, B4); the price ranges before a destination is known. Depends on the destination's postal
 * code and on the clock (cut-off), so it is asked for by the browser and never part of a cached page.
 */
export async function deliveryPanel(pricing: ShopperPricing, lineQuote: Quote, locale: Locale): Promise<DeliveryPanel> {
  const t = await getTranslations({ locale, namespace: "delivery" });
  const format = (amount: number) => formatMoney(money(amount, pricing.rules.currency), localeTags[locale]);
  const { destination, rules } = pricing;
  const empty = { options: [], cutoff: null, toFree: null };

  if (!destination) {
    const ranges = shippingRanges(rules.zones, rules.methods);
    const domesticCountry = rules.zones.find((z) => z.domestic)?.countries[0];
    const range = [
      ranges.domestic && domesticCountry
        ? t("rangeDomestic", { min: format(ranges.domestic.min), max: format(ranges.domestic.max), country: countryName(domesticCountry, locale) })
        : null,
      ranges.international ? t("rangeInternational", { min: format(ranges.international.min), max: format(ranges.international.max) }) : null,
    ]
      .filter(Boolean)
      .join(" · ");
    return { heading: t("deliverTo"), lines: [range], ...empty, taxNote: t("taxByState") };
  }

  const place = placeOf(destination, locale);
  if (!zoneFor(rules.zones, destination)) {
    return { heading: t("shippingTo", { place }), lines: [t("noShipping", { country: countryName(destination.country, locale) })], ...empty, taxNote: "" };
  }
  const cutoff = minutesToCutoff(pricing.at, rules.warehouse);
  const progress = freeShippingProgress(lineQuote, rules.methods);
  const rate = pricing.taxRate;
  const taxNote = rate
    ? rate.inclusive
      ? t("taxIncluded", { rate: formatRate(rate.rate, locale), tax: t(rate.label) })
      : t("taxAdded", { rate: formatRate(rate.rate, locale), tax: t(rate.label) })
    : destination.country === "US" && !destination.region
      ? t("taxByState")
      : t("taxNone", { country: countryName(destination.country, locale) });

  return {
    heading: t("shippingTo", { place }),
    lines: pricing.outsideMarkets
      ? [t("outsideMarkets", { country: countryName(destination.country, locale), currency: currencyLabel(rules.currency, locale) })]
      : [],
    options: lineQuote.shippingOptions.map((option) => ({
      id: option.methodId,
      label: t("carrier", { service: t(option.service), carrier: option.carrier }),
      arrives: t("arrives", formatWindow(option.window, locale)),
      price: option.free ? t("free") : format(option.price.amount),
    })),
    cutoff: cutoff !== null ? t("orderWithin", { hours: Math.floor(cutoff / 60), minutes: cutoff % 60 }) : null,
    toFree: progress && progress.remaining > 0 ? t("addForFree", { amount: format(progress.remaining) }) : null,
    taxNote,
  };
}

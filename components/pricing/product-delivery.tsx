import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney, money } from "@/lib/money";
import { minutesToCutoff } from "@/lib/pricing/delivery";
import { freeShippingProgress, shippingRanges, zoneFor } from "@/lib/pricing/shipping";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { Quote } from "@/lib/pricing/types";
import { currencyLabel } from "@/lib/markets/currency-label";
import { formatRate, formatWindow } from "./format";
import { placeOf } from "./deliver-to-control";

/**
 * Shipping cost, delivery dates and tax for the shopper's destination, right under the buy
 * button (B1, B2, B4). Before a destination is known it shows the price ranges instead.
 */
export async function ProductDelivery({ pricing, lineQuote, locale }: { pricing: ShopperPricing; lineQuote: Quote; locale: Locale }) {
  const t = await getTranslations("delivery");
  const format = (amount: number) => formatMoney(money(amount, pricing.rules.currency), localeTags[locale]);
  const { destination, rules } = pricing;

  if (!destination) {
    const ranges = shippingRanges(rules.zones, rules.methods);
    const domesticCountry = rules.zones.find((z) => z.domestic)?.countries[0];
    return (
      <section aria-labelledby="delivery-heading" className="rounded-lg border border-line bg-white p-4 text-sm">
        <h2 id="delivery-heading" className="mb-1 font-semibold">
          {t("deliverTo")}
        </h2>
        <p>
          {[
            ranges.domestic && domesticCountry
              ? t("rangeDomestic", { min: format(ranges.domestic.min), max: format(ranges.domestic.max), country: countryName(domesticCountry, locale) })
              : null,
            ranges.international ? t("rangeInternational", { min: format(ranges.international.min), max: format(ranges.international.max) }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className="mt-1 text-muted">{t("taxByState")}</p>
      </section>
    );
  }

  const place = placeOf(destination, locale);
  if (!zoneFor(rules.zones, destination)) {
    return <p className="rounded-lg border border-line bg-white p-4 text-sm">{t("noShipping", { country: countryName(destination.country, locale) })}</p>;
  }
  const cutoff = minutesToCutoff(pricing.at, rules.warehouse);
  const progress = freeShippingProgress(lineQuote, rules.methods);
  const toFree = progress && progress.remaining > 0 ? progress.remaining : null;
  const rate = pricing.taxRate;
  const taxNote = rate
    ? rate.inclusive
      ? t("taxIncluded", { rate: formatRate(rate.rate, locale), tax: t(rate.label) })
      : t("taxAdded", { rate: formatRate(rate.rate, locale), tax: t(rate.label) })
    : destination.country === "US" && !destination.region
      ? t("taxByState")
      : t("taxNone", { country: countryName(destination.country, locale) });

  return (
    <section aria-labelledby="delivery-heading" className="rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id="delivery-heading" className="mb-2 font-semibold">
        {t("shippingTo", { place })}
      </h2>
      {pricing.outsideMarkets ? <p className="mb-2">{t("outsideMarkets", { country: countryName(destination.country, locale), currency: currencyLabel(rules.currency, locale) })}</p> : null}
      <ul className="space-y-2">
        {lineQuote.shippingOptions.map((option) => {
          const window = formatWindow(option.window, locale);
          return (
            <li key={option.methodId} className="flex flex-wrap justify-between gap-x-3">
              <span>
                <span className="font-medium">{t("carrier", { service: t(option.service), carrier: option.carrier })}</span>
                <span className="block text-ok">{t("arrives", window)}</span>
              </span>
              <span className="font-semibold">{option.free ? t("free") : format(option.price.amount)}</span>
            </li>
          );
        })}
      </ul>
      {cutoff !== null ? (
        <p className="mt-2 font-medium text-warn">{t("orderWithin", { hours: Math.floor(cutoff / 60), minutes: cutoff % 60 })}</p>
      ) : null}
      {toFree !== null ? <p className="mt-2">{t("addForFree", { amount: format(toFree) })}</p> : null}
      <p className="mt-2 text-muted">{taxNote}</p>
    </section>
  );
}

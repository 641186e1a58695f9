import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/regions";
import { currencyLabel } from "@/lib/markets/currency-label";
import type { Locale } from "@/lib/i18n/locales";
import { shippableCountries } from "@/lib/pricing/destination";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import { placeOf } from "@/lib/pricing/place";
import { DeliverTo } from "./deliver-to";

/** The "Deliver to" control (header dropdown or inline in the cart), filled with the shopper's current destination. */
export async function DeliverToControl({
  pricing,
  locale,
  idPrefix,
  inline,
}: {
  pricing: ShopperPricing;
  locale: Locale;
  idPrefix?: string;
  inline?: boolean;
}) {
  const t = await getTranslations("delivery");
  const collator = new Intl.Collator(locale);
  const countries = shippableCountries(pricing.rules.zones)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const destination = pricing.destination;
  const summary = destination
    ? `${t("deliverToValue", { place: placeOf(destination, locale) })}${pricing.guessed ? ` ${t("guessed")}` : ""}`
    : t("deliverTo");
  const control = (
    <DeliverTo
      idPrefix={idPrefix}
      inline={inline}
      countries={countries}
      current={{ country: destination?.country ?? null, postalCode: destination?.postalCode ?? null }}
      text={{
        summary,
        legend: t("deliverTo"),
        country: t("country"),
        postalCode: t("postalCode"),
        update: t("update"),
        updating: t("updating"),
        errorCountry: t("errorCountry"),
        errorPostalCode: t("errorPostalCode"),
      }}
    />
  );
  if (!inline || !pricing.outsideMarkets || !destination) return control;
  return (
    <div className="space-y-2">
      {control}
      <p className="text-sm">{t("outsideMarkets", { country: countryName(destination.country, locale), currency: currencyLabel(pricing.rules.currency, locale) })}</p>
    </div>
  );
}

import type { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { freeShippingThreshold } from "./shipping";
import type { ShopperPricing } from "./shopper";

/** The promise bar's "Free shipping over …" for the destination's country, or null where no method is ever free. */
export function freeShippingNote(pricing: ShopperPricing, locale: Locale, t: Awaited<ReturnType<typeof getTranslations<"promise">>>): string | null {
  const threshold = freeShippingThreshold(pricing.rules, pricing.destination);
  if (!threshold) return null;
  const amount = formatMoney(money(threshold.amount, pricing.rules.currency), localeTags[locale]);
  return threshold.domestic
    ? t("freeShipping", { amount })
    : t("freeShippingTo", { amount, country: countryName(pricing.destination!.country, locale) });
}

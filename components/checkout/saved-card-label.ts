import "server-only";
import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import type { SavedCardFacts } from "@/lib/payments/types";

const namedBrands = ["visa", "mastercard", "amex", "discover"] as const;

/** Words a saved card as the shopper knows it: "Visa ending in 4242 · expires 12/34", digits in their script. */
export async function savedCardWording(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "checkout" });
  const twoDigits = new Intl.NumberFormat(localeTags[locale], { minimumIntegerDigits: 2, useGrouping: false });
  return {
    name: (card: Pick<SavedCardFacts, "brand" | "last4">) => {
      const brand = (namedBrands as readonly string[]).includes(card.brand) ? (card.brand as (typeof namedBrands)[number]) : "other";
      return t("savedCardName", { brand: t(`brands.${brand}`), last4: card.last4 });
    },
    expiry: (card: Pick<SavedCardFacts, "expMonth" | "expYear">) => `${twoDigits.format(card.expMonth)}/${twoDigits.format(card.expYear % 100)}`,
  };
}

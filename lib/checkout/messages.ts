import "server-only";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/regions";
import type { Locale } from "@/lib/i18n/locales";
import { postalCodeExample, type FieldError } from "./fields";

/** The shopper-facing sentence for a field problem, in their language. */
export async function fieldErrorMessage(error: FieldError, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "checkout" });
  switch (error.code) {
    case "required":
      return t("errors.required");
    case "email":
      return t("errors.email");
    case "too_long":
      return t("errors.tooLong", { max: error.max });
    case "characters":
      return t("errors.characters");
    case "country":
      return t("errors.country");
    case "choice":
      return t("errors.choice");
    case "postal_code": {
      const example = postalCodeExample(error.country);
      const country = countryName(error.country, locale);
      return example ? t("errors.postalCode", { country, example }) : t("errors.postalCodePlain", { country });
    }
  }
}

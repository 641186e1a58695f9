import { postalCodeExample, type FieldError } from "./fields";
import type { CheckoutFieldError } from "./validate";

type ErrorKey = "required" | "email" | "tooLong" | "characters" | "country" | "choice" | "postalCode" | "postalCodePlain" | "regionMismatch" | "mobile" | "cardNumber" | "expiry" | "expiredCard" | "cvc";

/** The `checkout` messages a field error needs, from next-intl on the server or in the browser. */
export type CheckoutTranslator = (key: `errors.${ErrorKey}`, values?: Record<string, string | number>) => string;

/** The shopper-facing sentence for a field problem, in their language (same words in the browser and from the server). */
export function fieldErrorMessage(error: FieldError, t: CheckoutTranslator, countryName: (code: string) => string): string {
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
    case "mobile":
      return t("errors.mobile");
    case "region_mismatch":
      return t("errors.regionMismatch", { postalCode: error.postalCode, expected: error.expected, chosen: error.chosen });
    case "postal_code": {
      const example = postalCodeExample(error.country);
      const country = countryName(error.country);
      return example ? t("errors.postalCode", { country, example }) : t("errors.postalCodePlain", { country });
    }
  }
}

/** The sentence for any checkout problem `validateCheckout` finds, card fields included. */
export function checkoutErrorMessage(error: CheckoutFieldError, t: CheckoutTranslator, countryName: (code: string) => string): string {
  return error.code === "card" ? t(`errors.${error.key}`) : fieldErrorMessage(error, t, countryName);
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { CouponError } from "@/lib/pricing/types";
import type { CartError } from "./rules";

export function localeFrom(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : "en";
}

/** The shopper-facing sentence for a refused cart change, in their language. */
export async function cartErrorMessage(error: CartError, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "cart" });
  switch (error.code) {
    case "invalid_input":
      return t("errorInput");
    case "unknown_variant":
      return t("errorUnknown");
    case "sold_out":
      return t("errorSoldOut");
    case "only_left":
      return t("errorOnlyLeft", { count: error.available });
    case "limit":
      return t("errorLimit", { count: error.limit });
  }
}

/** The specific reason a code was refused ("SUMMER20 expired on 27 Oct", "Add $12.00 more to use SAVE15"). */
export async function couponErrorMessage(error: CouponError, code: string, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "cart" });
  const date = (iso: string) => new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium" }).format(new Date(iso));
  switch (error.code) {
    case "invalid_format":
      return t("couponInvalidFormat");
    case "not_found":
      return t("couponNotFound", { code });
    case "expired":
      return t("couponExpired", { code, date: date(error.expiredAt) });
    case "not_started":
      return t("couponNotStarted", { code, date: date(error.startsAt) });
    case "usage_limit":
      return t("couponUsageLimit", { code });
    case "first_order_only":
      return t("couponFirstOrder", { code });
    case "min_subtotal":
      return t("couponMinSubtotal", { code, amount: formatMoney(error.missing, localeTags[locale]) });
  }
}

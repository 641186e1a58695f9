import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import type { CouponFormText } from "./coupon-form";

/** The coupon form's words in the staff member's language. */
export async function couponFormText(locale: Locale, { title, submit }: { title: string; submit: string }): Promise<CouponFormText> {
  const t = await getTranslations({ locale, namespace: "admin.coupons" });
  return {
    title,
    submit,
    code: t("code"),
    codeHint: t("codeHint"),
    kind: t("kind"),
    kinds: { percent: t("kinds.percent"), fixed: t("kinds.fixed"), free_shipping: t("kinds.free_shipping") },
    percent: t("percent"),
    amount: t("amount", { currency: store.currency }),
    minSubtotal: t("minSubtotal", { currency: store.currency }),
    firstOrderOnly: t("firstOrderOnly"),
    usageLimit: t("usageLimit"),
    startsOn: t("startsOn"),
    endsOn: t("endsOn"),
  };
}

import { getTranslations } from "next-intl/server";
import { cartCouponText } from "@/lib/cart/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { Quote } from "@/lib/pricing/types";
import { CouponForm } from "./coupon-form";

/** "Have a code?" for the cart's quote, worded the same in the cart and the checkout's summary. */
export async function CartCoupon({ quote, locale }: { quote: Quote; locale: Locale }) {
  const [t, couponText] = await Promise.all([getTranslations("cart"), cartCouponText(quote.coupon, locale)]);
  return (
    <CouponForm
      applied={quote.coupon?.applied ? quote.coupon.code : null}
      notApplied={couponText.notApplied}
      text={{
        haveCode: t("haveCode"),
        code: t("code"),
        apply: t("apply"),
        remove: t("removeCode", { code: quote.coupon?.code ?? "" }),
        applied: couponText.applied,
      }}
    />
  );
}

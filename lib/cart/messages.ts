import "server-only";
import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import type { Executor } from "@/db/client";
import { formatMoney, money } from "@/lib/money";
import { freeShippingProgress } from "@/lib/pricing/shipping";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { CouponError, Quote } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import type { AddedSummary } from "./actions";
import type { CartLineView, CartView } from "./queries";
import { quoteCart } from "./quote-cart";
import type { CartError } from "./rules";

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

/** Why a line now holds fewer than the shopper asked for ("Only 3 left", "Limit 2 per order."). */
export async function cartCappedMessage(reason: CartError, locale: Locale): Promise<string> {
  if (reason.code !== "only_left") return cartErrorMessage(reason, locale);
  const t = await getTranslations({ locale, namespace: "cart" });
  return t("lowStock", { count: reason.available });
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

/**
 * What the cart and checkout say about the cart's own code: applied (the welcome code by name), or
 * why it no longer takes anything off — e.g. the merchant withdrew or ended it after it was applied.
 */
export async function cartCouponText(coupon: Quote["coupon"], locale: Locale): Promise<{ applied: string; notApplied: string | null }> {
  const t = await getTranslations({ locale, namespace: "cart" });
  if (!coupon) return { applied: "", notApplied: null };
  const welcome = coupon.code === store.accounts.welcomeCoupon?.code;
  const applied = t(welcome ? "welcomeApplied" : "codeApplied", { code: coupon.code });
  if (coupon.applied) return { applied, notApplied: null };
  const reason = coupon.error.code === "not_found" ? t("codeWithdrawn", { code: coupon.code }) : await couponErrorMessage(coupon.error, coupon.code, locale);
  return { applied, notApplied: t("codeNotApplied", { reason }) };
}

/** The mini-cart's view of a line just added: the line, the subtotal and the free-shipping status. */
export async function addedSummary(
  db: Executor,
  { cart, line, pricing, isFirstOrder }: { cart: CartView; line: CartLineView; pricing: ShopperPricing; isFirstOrder: boolean },
  locale: Locale,
): Promise<AddedSummary> {
  const [t, tOptions, q] = await Promise.all([
    getTranslations({ locale, namespace: "cart" }),
    getTranslations({ locale, namespace: "options" }),
    quoteCart(db, cart, pricing, { isFirstOrder }),
  ]);
  const tag = localeTags[locale];
  const options = Object.entries(line.options)
    .map(([name, value]) => (name === "color" ? tOptions(`color.${value as "black"}`) : tOptions(`size.${value as "M"}`)))
    .join(" · ");
  const progress = freeShippingProgress(q, pricing.rules.methods);
  const freeShipping = !progress
    ? null
    : progress.remaining === 0
      ? t("freeShippingReached")
      : t("freeShippingProgress", { amount: formatMoney(money(progress.remaining, q.currency), tag) });
  return {
    name: line.productName,
    options,
    image: line.image,
    quantity: line.quantity,
    subtotal: formatMoney(q.subtotal, tag),
    itemCount: cart.lines.reduce((sum, l) => sum + l.quantity, 0),
    freeShipping,
  };
}

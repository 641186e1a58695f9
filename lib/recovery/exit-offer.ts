import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { checkCoupon } from "@/lib/pricing/coupons";
import { findCoupon } from "@/lib/pricing/queries";
import type { Coupon } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import { isolateLtr, supportHours } from "@/lib/store/hours";
import { loadStoreSettings } from "@/lib/settings/store-settings";
import type { ExitOfferText } from "./exit-intent";

/**
 * The exit-intent offer's words (E4) for the cart or checkout in `currency`: help always, and the
 * merchant's coupon when one is configured and usable now. Read on the server so the browser loads
 * no messages until the offer opens.
 */
export async function exitOfferText({ locale, currency }: { locale: Locale; currency: string }): Promise<ExitOfferText> {
  const [t, coupon] = await Promise.all([getTranslations({ locale, namespace: "exitIntent" }), usableCoupon(currency)]);
  return {
    title: t("title"),
    body: t("body"),
    call: { label: t("call", { phone: isolateLtr(store.contact.phone, locale) }), href: store.contact.phoneHref },
    hours: t("hours", { hours: supportHours(locale) }),
    faq: { label: t("faq"), href: `/${locale}/faq` },
    contact: { label: t("contact"), href: `/${locale}/contact` },
    close: t("close"),
    offer: coupon ? describeCoupon(coupon, { locale, currency, t }) : null,
  };
}

/** The configured coupon, unless it is missing, not started, expired or used up (the cart's own limits are checked when applied). */
async function usableCoupon(currency: string): Promise<Coupon | null> {
  try {
    const db = await getDb();
    const code = (await loadStoreSettings(db)).settings.recovery.exitOfferCode;
    if (!code) return null;
    const coupon = await findCoupon(db, { code });
    const error = checkCoupon(coupon, { subtotal: Number.MAX_SAFE_INTEGER, currency, at: new Date(), isFirstOrder: true });
    return error ? null : coupon;
  } catch (error) {
    // The offer of help still stands without the database.
    console.error("[exit-intent] coupon unavailable:", error);
    return null;
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations<"exitIntent">>>;

function describeCoupon(coupon: Coupon, { locale, currency, t }: { locale: Locale; currency: string; t: Translate }): NonNullable<ExitOfferText["offer"]> {
  const tag = localeTags[locale];
  // A fixed amount is known per market currency; in another one the dialog names no figure.
  const fixed = coupon.kind === "fixed" ? (coupon.amounts[currency] ?? (currency === store.currency ? coupon.value : null)) : null;
  const text =
    coupon.kind === "free_shipping"
      ? t("offerFreeShipping")
      : coupon.kind === "percent"
        ? t("offerDiscount", { discount: new Intl.NumberFormat(tag, { style: "percent" }).format(coupon.value / 100) })
        : fixed !== null
          ? t("offerDiscount", { discount: formatMoney(money(fixed, currency), tag) })
          : t("offerGeneric");
  // The minimum is stored in the store's currency: named only there rather than converted here.
  const minimum = coupon.minSubtotal !== null && currency === store.currency ? t("offerMinimum", { amount: formatMoney(money(coupon.minSubtotal, currency), tag) }) : null;
  const note = [coupon.firstOrderOnly ? t("offerFirstOrder") : null, minimum].filter(Boolean).join(" ") || null;
  return { title: t("offerTitle"), text, codeLabel: t("codeLabel"), code: coupon.code, note };
}

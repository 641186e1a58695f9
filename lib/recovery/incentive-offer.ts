import "server-only";
import type { Executor } from "@/db/client";
import type { MailTranslator } from "@/lib/mail/translator";
import { formatMailTime } from "@/lib/mail/time";
import { couponInMarket } from "@/lib/markets/localize";
import { formatMoney, money } from "@/lib/money";
import { checkCoupon } from "@/lib/pricing/coupons";
import { findCoupon } from "@/lib/pricing/queries";
import type { PricingRules } from "@/lib/pricing/types";

/** What the step's code gives, in the cart's currency, and until when; nothing when it can no longer be used. */
export async function describeIncentive(
  db: Executor,
  { code, rules, translator, tag, now }: { code: string; rules: PricingRules; translator: MailTranslator; tag: string; now: Date },
): Promise<{ code: string; offer: string; expires: string | null } | null> {
  const found = await findCoupon(db, { code });
  // Only whether the code still works (started, not expired, not used up): the cart's own limits are checked when it is applied.
  if (!found || checkCoupon(found, { subtotal: Number.MAX_SAFE_INTEGER, currency: rules.currency, at: now, isFirstOrder: true })) return null;
  const coupon = couponInMarket(found, rules);
  const offer =
    coupon.kind === "percent"
      ? translator.t("reminderOfferPercent", { percent: coupon.value })
      : coupon.kind === "free_shipping"
        ? translator.t("reminderOfferFreeShipping")
        : translator.t("reminderOfferFixed", { amount: formatMoney(money(coupon.value, rules.currency), tag) });
  const expires = coupon.expiresAt ? formatMailTime(new Date(coupon.expiresAt), tag) : null;
  return { code: coupon.code, offer, expires };
}

import { money } from "@/lib/money";
import type { Coupon, CouponError } from "./types";

/** What a code may look like: letters, digits, dashes; at most 32 characters. */
export const couponCodePattern = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Normalises what the shopper typed ("  save-10 " → "SAVE-10"), or null when it cannot be a code. */
export function normalizeCouponCode(input: string): string | null {
  if (input.length > 200) return null;
  const code = input.trim().toUpperCase();
  return couponCodePattern.test(code) ? code : null;
}

/**
 * Checks a coupon against the order. Each failure is specific so the shopper can act on it:
 * when it expired, when it starts, how much more to add.
 */
export function checkCoupon(
  coupon: Coupon | null,
  context: { subtotal: number; currency: string; at: Date; isFirstOrder: boolean },
): CouponError | null {
  if (!coupon) return { code: "not_found" };
  if (coupon.startsAt && context.at < new Date(coupon.startsAt)) return { code: "not_started", startsAt: coupon.startsAt };
  if (coupon.expiresAt && context.at >= new Date(coupon.expiresAt)) return { code: "expired", expiredAt: coupon.expiresAt };
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return { code: "usage_limit" };
  if (coupon.firstOrderOnly && !context.isFirstOrder) return { code: "first_order_only" };
  if (coupon.minSubtotal !== null && context.subtotal < coupon.minSubtotal) {
    return { code: "min_subtotal", missing: money(coupon.minSubtotal - context.subtotal, context.currency) };
  }
  return null;
}

import "server-only";
import type { Executor } from "@/db/client";
import { normalizeCouponCode } from "@/lib/pricing/coupons";
import { quote } from "@/lib/pricing/quote";
import { findCoupon } from "@/lib/pricing/queries";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { Destination, Quote } from "@/lib/pricing/types";
import type { CartView } from "./queries";

/** Quotes a cart for the shopper's destination with the one `quote` function checkout will use too. */
export async function quoteCart(
  db: Executor,
  cart: CartView,
  pricing: ShopperPricing,
  overrides: { couponCode?: string | null; destination?: Destination | null; shippingMethodId?: string | null; isFirstOrder?: boolean } = {},
): Promise<Quote> {
  const code = overrides.couponCode !== undefined ? overrides.couponCode : cart.couponCode;
  const normalized = code ? normalizeCouponCode(code) : null;
  return quote({
    lines: cart.lines.map((line) => ({
      variantId: line.variantId,
      categorySlug: line.categorySlug,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      compareAtPrice: line.compareAtPrice,
    })),
    destination: overrides.destination !== undefined ? overrides.destination : pricing.destination,
    coupon: normalized ? { code: normalized, found: await findCoupon(db, { code: normalized }) } : null,
    shippingMethodId: overrides.shippingMethodId !== undefined ? overrides.shippingMethodId : cart.shippingMethodId,
    isFirstOrder: overrides.isFirstOrder ?? true,
    at: pricing.at,
    rules: pricing.rules,
  });
}

import "server-only";
import type { Executor } from "@/db/client";
import { normalizeCouponCode } from "@/lib/pricing/coupons";
import { quote } from "@/lib/pricing/quote";
import { findCoupon } from "@/lib/pricing/queries";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { Destination, Quote } from "@/lib/pricing/types";
import type { CartView } from "./queries";

/**
 * Quotes a cart for the shopper's destination with the one `quote` function checkout will use too.
 * `isFirstOrder` is the caller's to know (lib/checkout/first-order.ts): assuming it would show a
 * returning shopper a first-order discount that checkout then takes back.
 */
export async function quoteCart(
  db: Executor,
  cart: CartView,
  pricing: ShopperPricing,
  options: { isFirstOrder: boolean; couponCode?: string | null; destination?: Destination | null; shippingMethodId?: string | null },
): Promise<Quote> {
  const code = options.couponCode !== undefined ? options.couponCode : cart.couponCode;
  const normalized = code ? normalizeCouponCode(code) : null;
  return quote({
    lines: cart.lines.map((line) => ({
      variantId: line.variantId,
      categorySlug: line.categorySlug,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      compareAtPrice: line.compareAtPrice,
    })),
    destination: options.destination !== undefined ? options.destination : pricing.destination,
    coupon: normalized ? { code: normalized, found: await findCoupon(db, { code: normalized }) } : null,
    shippingMethodId: options.shippingMethodId !== undefined ? options.shippingMethodId : cart.shippingMethodId,
    isFirstOrder: options.isFirstOrder,
    at: pricing.at,
    rules: pricing.rules,
  });
}

import type { Database } from "@/db/client";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import type { Gateway } from "@/lib/payments/types";
import type { PricingRules } from "@/lib/pricing/types";
import { portland } from "./addresses";
import type { guestShoppers } from "./shoppers";

export type TestPaymentMethod = "card" | "cash_on_delivery" | "bank_transfer";

const goodCard = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" };

/**
 * Places orders as a guest in Portland would: asked once for the total, then placed with it (a
 * card order paid with the test card). Each order comes from a new shopper of `shoppers`.
 */
export function orderPlacer({ db, shoppers, rules, gateway, emailPrefix }: { db: () => Database; shoppers: ReturnType<typeof guestShoppers>; rules: () => PricingRules; gateway: () => Gateway; emailPrefix: string }) {
  return async function placed(variantId: number, paymentMethod: TestPaymentMethod, quantity = 1): Promise<{ number: number; email: string; total: number; currency: string }> {
    const cart = await shoppers.withCart(variantId, quantity);
    const email = `${emailPrefix}${shoppers.count}@example.com`;
    const input = (expectedTotal: number): PlaceOrderInput => ({
      cart,
      idempotencyKey: crypto.randomUUID(),
      email,
      locale: "en",
      address: portland,
      billing: null,
      shippingMethodId: null,
      paymentMethod,
      expectedTotal,
      card: paymentMethod === "card" ? goodCard : null,
      rules: rules(),
    });
    const quoted = await placeOrder(db(), gateway(), input(-1));
    if (quoted.status !== "total_changed") throw new Error(quoted.status);
    const answer = await placeOrder(db(), gateway(), input(quoted.quote.total.amount));
    if (answer.status !== "placed") throw new Error(answer.status);
    return { number: answer.number, email, total: quoted.quote.total.amount, currency: quoted.quote.currency };
  };
}

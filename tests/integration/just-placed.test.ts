import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { orderJustPlacedFrom } from "@/lib/checkout/just-placed";
import { placeOrder } from "@/lib/checkout/place-order";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { PricingRules } from "@/lib/pricing/types";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

describe.each(testDatabases())("a Place order resent after its answer was lost, on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());
  const shoppers = guestShoppers(() => handle.db, "jp");

  it("finds the order the browser's cart became in the last hour, and nobody else's, and not a failed one", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shoppers.withCart(mug);
    expect(await orderJustPlacedFrom(handle.db, cart)).toBeNull();
    const order = (expectedTotal: number, card = "4242 4242 4242 4242") =>
      placeOrder(handle.db, createTestGateway(), {
        cart,
        idempotencyKey: crypto.randomUUID(),
        email: "resent@example.com",
        locale: "en",
        address: portland,
        billing: null,
        shippingMethodId: null,
        paymentMethod: "card",
        expectedTotal,
        card: { number: card, expiry: "12/34", cvc: "123" },
        rules,
      });
    const shown = await order(-1);
    if (shown.status !== "total_changed") throw new Error(shown.status);
    const declined = await order(shown.quote.total.amount, "4000 0000 0000 0002");
    expect(declined.status).toBe("payment_failed");
    expect(await orderJustPlacedFrom(handle.db, cart)).toBeNull();
    const placed = await order(shown.quote.total.amount);
    if (placed.status !== "placed") throw new Error(placed.status);
    expect(await orderJustPlacedFrom(handle.db, cart)).toEqual({ number: placed.number, email: "resent@example.com" });
    // The same cart id from another browser (a forged or copied cookie without its visitor) finds nothing.
    expect(await orderJustPlacedFrom(handle.db, { ...cart, visitorId: crypto.randomUUID() })).toBeNull();
    // An hour later the cart is just empty.
    await handle.db.execute(sql`update orders set created_at = now() - interval '61 minutes' where number = ${placed.number}`);
    expect(await orderJustPlacedFrom(handle.db, cart)).toBeNull();
  });
});

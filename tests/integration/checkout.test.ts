import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import type { PostalAddress } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { changeLine, getCartView, setCartCoupon, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { firstOrderFact, isFirstOrder } from "@/lib/checkout/first-order";
import { releaseExpiredReservations } from "@/lib/checkout/orders";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { PricingRules } from "@/lib/pricing/types";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

const address = portland;
const goodCard = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" };
const declinedCard = { number: "4000 0000 0000 0002", expiry: "12/34", cvc: "123" };

describe.each(testDatabases())("placing orders on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  const gateway = createTestGateway();
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "a");
  const shopper = shoppers.withCart;
  const input = (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: `buyer${shoppers.count}@example.com`,
    locale: "en",
    address,
    billing: null,
    shippingMethodId: null,
    paymentMethod: "card" as PaymentMethod,
    expectedTotal: -1,
    card: goodCard,
    rules,
    ...overrides,
  });
  /** The total the shopper would see: asked of the server with a deliberately wrong figure. */
  const shownTotal = async (cart: CartRef) => {
    const answer = await placeOrder(handle.db, gateway, input(cart));
    if (answer.status !== "total_changed") throw new Error(answer.status);
    return answer.quote.total.amount;
  };
  const stock = async (variantId: number) =>
    (await queryRows<{ onHand: number; reserved: number }>(handle.db, sql`select on_hand as "onHand", reserved from inventory where variant_id = ${variantId}`))[0]!;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(handle.db, query))[0]!.n;

  it("charges the server's total, never the browser's, and closes the cart", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const before = await stock(mug);
    const cart = await shopper(mug, 2);
    expect(await placeOrder(handle.db, gateway, input(cart, { expectedTotal: 1 }))).toMatchObject({ status: "total_changed" });
    const total = await shownTotal(cart);
    const placed = await placeOrder(handle.db, gateway, input(cart, { expectedTotal: total }));
    expect(placed).toMatchObject({ status: "placed", paymentMethod: "card" });
    const [order] = await queryRows<{ total: number; status: string }>(handle.db, sql`select total, status from orders where cart_id = ${cart.cartId}`);
    expect(order).toEqual({ total, status: "paid" });
    expect(await stock(mug)).toEqual({ onHand: before.onHand - 2, reserved: before.reserved });
    expect(await getCartView(handle.db, { ...cart, locale: "en" })).toBeNull();
  });

  it("places a German order in euros: order, lines and payment in the euro market's currency, and a total seen in dollars is refused", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shopper(mug, 2);
    const berlin: PostalAddress = { ...address, city: "Berlin", postalCode: "10115", country: "DE" };
    const changed = await placeOrder(handle.db, gateway, input(cart, { address: berlin, expectedTotal: -1 }));
    if (changed.status !== "total_changed") throw new Error(changed.status);
    expect(changed.quote.currency).toBe("EUR");
    const euros = changed.quote.total.amount;
    // The same number as a dollar total (a page drawn before the address moved to Germany) is a changed total.
    expect(await placeOrder(handle.db, gateway, input(cart, { address: berlin, expectedTotal: euros, expectedCurrency: "USD" }))).toMatchObject({ status: "total_changed" });
    const placed = await placeOrder(handle.db, gateway, input(cart, { address: berlin, expectedTotal: euros, expectedCurrency: "EUR" }));
    expect(placed).toMatchObject({ status: "placed" });
    const [order] = await queryRows<{ currency: string; marketId: string; total: number; unitPrice: number; paid: string; status: string }>(
      handle.db,
      sql`select o.currency, o.market_id as "marketId", o.total, l.unit_price as "unitPrice", p.currency as paid, o.status
          from orders o join order_lines l on l.order_id = o.id join payments p on p.order_id = o.id where o.cart_id = ${cart.cartId}`,
    );
    expect(order).toMatchObject({ currency: "EUR", marketId: "euro", total: euros, paid: "EUR", status: "paid" });
    expect(order!.unitPrice % 100).toBe(99); // the euro market's .99 prices
  });

  it("keeps the cart and releases the hold when the card is declined", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const before = await stock(mug);
    const cart = await shopper(mug);
    const total = await shownTotal(cart);
    expect(await placeOrder(handle.db, gateway, input(cart, { expectedTotal: total, card: declinedCard }))).toMatchObject({ status: "payment_failed", code: "card_declined" });
    expect(await stock(mug)).toEqual(before);
    expect((await getCartView(handle.db, { ...cart, locale: "en" }))!.lines).toHaveLength(1);
    // A new attempt (new key) succeeds.
    expect(await placeOrder(handle.db, gateway, input(cart, { expectedTotal: total }))).toMatchObject({ status: "placed" });
  });

  it("settles cash on delivery and bank transfer at once, without a charge", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    for (const paymentMethod of ["cash_on_delivery", "bank_transfer"] as const) {
      const cart = await shopper(mug);
      const total = await shownTotal(cart);
      const placed = await placeOrder(handle.db, gateway, input(cart, { expectedTotal: total, paymentMethod, card: null }));
      expect(placed).toMatchObject({ status: "placed", paymentMethod });
    }
  });

  it("refuses an empty cart and a destination without shipping", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shopper(mug);
    await changeLine(handle.db, { ...cart, variantId: mug, quantity: 0, mode: "set" });
    expect(await placeOrder(handle.db, gateway, input(cart, { expectedTotal: 0 }))).toEqual({ status: "empty_cart" });
    const other = await shopper(mug);
    expect(await placeOrder(handle.db, gateway, input(other, { address: { ...address, country: "JP", postalCode: "100-0001" } }))).toEqual({ status: "no_shipping" });
  });

  it("gives a pending card payment's stock back when its hold expires", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const before = await stock(mug);
    const cart = await shopper(mug);
    const total = await shownTotal(cart);
    // A slow gateway: the order is placed and held, but the charge never returns.
    const stuck = { kind: "test" as const, charge: () => new Promise<never>(() => {}) };
    void placeOrder(handle.db, stuck, input(cart, { expectedTotal: total }));
    await expect.poll(async () => (await stock(mug)).reserved).toBe(before.reserved + 1);
    expect(await releaseExpiredReservations(handle.db, new Date(Date.now() + 16 * 60_000))).toBe(1);
    expect(await stock(mug)).toEqual(before);
  });

  it("knows a returning shopper by email, so a first-order code is refused in the quote before paying", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const email = `Returning.${shoppers.count}@Example.com`;
    expect(await isFirstOrder(handle.db, email)).toBe(true);
    const first = await shopper(mug);
    await placeOrder(handle.db, gateway, input(first, { email, expectedTotal: await shownTotal(first), paymentMethod: "cash_on_delivery", card: null }));
    expect(await isFirstOrder(handle.db, email.toLowerCase())).toBe(false);
    expect(await firstOrderFact(handle.db, ` ${email.toUpperCase()} `)).toBe(false);
    // An email nobody has given yet: the code is shown as for a newcomer, and checked again once it is known.
    expect(await firstOrderFact(handle.db, null)).toBe(true);

    const second = await shopper(mug);
    await setCartCoupon(handle.db, { ...second, code: "WELCOME10" });
    const cart = (await getCartView(handle.db, { ...second, locale: "en" }))!;
    const destination = { country: "US", postalCode: "97201", region: "OR" };
    const pricing = { rules, destination, guessed: false, taxRate: null, at: new Date() };
    const quoted = await quoteCart(handle.db, cart, pricing, { isFirstOrder: await firstOrderFact(handle.db, email) });
    expect(quoted.coupon).toMatchObject({ code: "WELCOME10", applied: false, error: { code: "first_order_only" } });
    // The total the shopper is shown is the total the server charges: no "total changed".
    const placed = await placeOrder(handle.db, gateway, input(second, { email, expectedTotal: quoted.total.amount, paymentMethod: "cash_on_delivery", card: null }));
    expect(placed).toMatchObject({ status: "placed" });
  });

  it("taxes by the ZIP code whatever state the address names", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shopper(mug);
    const nyAddress = { ...address, city: "Los Angeles", region: "CA", postalCode: "10001" };
    const answer = await placeOrder(handle.db, gateway, input(cart, { address: nyAddress }));
    if (answer.status !== "total_changed") throw new Error(answer.status);
    expect(answer.quote.destination).toMatchObject({ region: "NY" });
    const ny = rules.taxRates.find((r) => r.region === "NY")!.rate;
    expect(answer.quote.tax.total.amount).toBe(Math.round((answer.quote.subtotal.amount * ny) / 10_000));
  });

  it.runIf(target.name === "postgres" && hasPostgres())("200 shoppers racing for 10 units: exactly 10 orders, stock 0, never negative", async () => {
    const bottle = await variant("insulated-steel-bottle-750ml", { color: "navy" });
    await handle.db.execute(sql`update inventory set on_hand = 200, reserved = 0 where variant_id = ${bottle}`);
    const carts: CartRef[] = [];
    for (let i = 0; i < 200; i++) carts.push(await shopper(bottle));
    const total = await shownTotal(carts[0]!);
    await handle.db.execute(sql`update inventory set on_hand = 10, reserved = 0 where variant_id = ${bottle}`);
    const results = await Promise.all(carts.map((cart) => placeOrder(handle.db, gateway, input(cart, { expectedTotal: total, paymentMethod: "cash_on_delivery", card: null }))));
    expect(results.filter((r) => r.status === "placed")).toHaveLength(10);
    expect(results.filter((r) => r.status === "out_of_stock")).toHaveLength(190);
    expect(await stock(bottle)).toEqual({ onHand: 0, reserved: 0 });
    expect(await count(sql`select count(*)::int as n from order_lines where variant_id = ${bottle}`)).toBe(10);
  }, 120_000);

  it.runIf(target.name === "postgres" && hasPostgres())("50 identical submits with one key: one order, one payment, one charge", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const before = await stock(mug);
    const cart = await shopper(mug);
    const total = await shownTotal(cart);
    let charges = 0;
    const counting = { kind: "test" as const, charge: (request: Parameters<typeof gateway.charge>[0]) => (charges++, gateway.charge(request)) };
    const submit = input(cart, { expectedTotal: total });
    const results = await Promise.all(Array.from({ length: 50 }, () => placeOrder(handle.db, counting, submit)));
    const numbers = new Set(results.map((r) => ("number" in r ? r.number : null)));
    expect(results.every((r) => r.status === "placed")).toBe(true);
    expect(numbers.size).toBe(1);
    expect(charges).toBe(1);
    expect(await count(sql`select count(*)::int as n from orders where idempotency_key = ${submit.idempotencyKey}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from payments p join orders o on o.id = p.order_id where o.idempotency_key = ${submit.idempotencyKey}`)).toBe(1);
    expect((await stock(mug)).onHand).toBe(before.onHand - 1);
  }, 60_000);
});

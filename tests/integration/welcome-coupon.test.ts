import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { claimGuestState } from "@/lib/accounts/claim";
import { changeLine, getCartView, setCartCoupon, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { placeOrder } from "@/lib/checkout/place-order";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { PricingRules } from "@/lib/pricing/types";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { portland } from "../support/addresses";
import { testDatabases } from "../support/databases";

const code = "THANKYOU10";
const address = portland;

describe.each(testDatabases())("the welcome code applies itself on $name", (target) => {
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

  let n = 0;
  const visitor = () => `00000000-0000-4000-e000-${String(++n).padStart(12, "0")}`;
  const newUser = async () => (await handle.db.insert(users).values({ email: `welcome${++n}@example.com` }).returning())[0]!;
  const mug = () => variant("stoneware-mug", { color: "navy" });
  const add = async (ref: CartRef) => {
    const added = await changeLine(handle.db, { ...ref, variantId: await mug(), quantity: 1, mode: "add" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    return added.cartId;
  };
  const signIn = (userId: string, device: CartRef | null, isNew = true) =>
    claimGuestState(handle.db, { userId, email: null, emailVerified: false, device, locale: "en", adminEmails: [], welcomeCoupon: isNew ? code : null });
  const cartCode = async (ref: CartRef) => (await getCartView(handle.db, { ...ref, locale: "en" }))?.couponCode ?? null;
  const pending = async (userId: string) => (await handle.db.select({ code: users.welcomeCoupon }).from(users).where(eq(users.id, userId)))[0]!.code;
  const quoteOf = async (ref: CartRef, overrides: { couponCode?: string | null } = {}) => {
    const cart = (await getCartView(handle.db, { ...ref, locale: "en" }))!;
    return quoteCart(handle.db, cart, { rules, destination: { country: "US", postalCode: "97201", region: "OR" }, guessed: false, taxRate: null, at: new Date() }, { isFirstOrder: true, ...overrides });
  };

  it("goes onto the cart a new account brings along, shown as applied", async () => {
    const ada = await newUser();
    const device: CartRef = { visitorId: visitor(), cartId: null };
    device.cartId = await add(device);
    await signIn(ada.id, device);
    const account: CartRef = { visitorId: device.visitorId, userId: ada.id };
    expect(await cartCode(account)).toBe(code);
    expect(await pending(ada.id)).toBeNull();
    const q = await quoteOf(account);
    expect(q.coupon).toEqual({ code, applied: true });
    expect(q.orderDiscount.amount).toBeGreaterThan(0);
  });

  it("waits for the next cart when the account has none, and is not applied twice once removed", async () => {
    const grace = await newUser();
    await signIn(grace.id, null);
    expect(await pending(grace.id)).toBe(code);
    const account: CartRef = { visitorId: visitor(), userId: grace.id };
    await add(account);
    expect(await cartCode(account)).toBe(code);
    // Removable like any code, and it stays removed.
    await setCartCoupon(handle.db, { ...account, code: null });
    await add(account);
    expect(await cartCode(account)).toBeNull();
    await signIn(grace.id, null, false);
    expect(await cartCode(account)).toBeNull();
  });

  it("never replaces a code the shopper chose, and is earned by new accounts only", async () => {
    const mary = await newUser();
    const device: CartRef = { visitorId: visitor(), cartId: null };
    device.cartId = await add(device);
    await setCartCoupon(handle.db, { ...device, code: "FREESHIP" });
    await signIn(mary.id, device);
    const account: CartRef = { visitorId: device.visitorId, userId: mary.id };
    expect(await cartCode(account)).toBe("FREESHIP");
    expect(await pending(mary.id)).toBe(code);

    const old = await newUser();
    await signIn(old.id, null, false);
    const oldCart: CartRef = { visitorId: visitor(), userId: old.id };
    await add(oldCart);
    expect(await cartCode(oldCart)).toBeNull();
  });

  it("a code the merchant withdraws or ends after it was applied shows as not applying, the total drops it, and the order goes through", async () => {
    const ada = await newUser();
    await signIn(ada.id, null);
    const account: CartRef = { visitorId: visitor(), userId: ada.id };
    await add(account);
    const before = await quoteOf(account);
    expect(before.coupon).toEqual({ code, applied: true });

    await handle.db.execute(sql`update coupons set expires_at = now() - interval '1 minute' where code = ${code}`);
    const expired = await quoteOf(account);
    expect(expired.coupon).toMatchObject({ code, applied: false, error: { code: "expired" } });
    expect(expired.orderDiscount.amount).toBe(0);
    // The total is the cart's as if it had no code at all.
    expect(expired.total.amount).toBe((await quoteOf(account, { couponCode: null })).total.amount);
    expect(expired.total.amount).toBeGreaterThan(before.total.amount);

    await handle.db.execute(sql`delete from coupons where code = ${code}`);
    const withdrawn = await quoteOf(account);
    expect(withdrawn.coupon).toMatchObject({ code, applied: false, error: { code: "not_found" } });
    expect(withdrawn.total.amount).toBe(expired.total.amount);

    const order = { cart: account, idempotencyKey: crypto.randomUUID(), email: "ada@example.com", locale: "en" as const, address, billing: null, shippingMethodId: null, paymentMethod: "cash_on_delivery" as const, card: null, rules };
    const asked = await placeOrder(handle.db, createTestGateway(), { ...order, expectedTotal: -1 });
    if (asked.status !== "total_changed") throw new Error(asked.status);
    expect(await placeOrder(handle.db, createTestGateway(), { ...order, expectedTotal: asked.quote.total.amount })).toMatchObject({ status: "placed" });
    const [placed] = await queryRows<{ couponCode: string | null; discount: number }>(
      handle.db,
      sql`select coupon_code as "couponCode", discount from orders where idempotency_key = ${order.idempotencyKey}`,
    );
    expect(placed).toEqual({ couponCode: null, discount: 0 });
  });

  it("is not put on a cart once the merchant has withdrawn it", async () => {
    const eve = await newUser();
    await signIn(eve.id, null);
    // The coupon was deleted in the test above.
    const account: CartRef = { visitorId: visitor(), userId: eve.id };
    await add(account);
    expect(await cartCode(account)).toBeNull();
    expect(await pending(eve.id)).toBeNull();
  });
});

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { savedCards, users } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { changeLine, getCartView, type CartRef } from "@/lib/cart/queries";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import { forgetSavedCard, keepSavedCard, keepStripeCard, listSavedCards } from "@/lib/payments/saved-cards";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { databaseLedger } from "@/lib/payments/test-gateway-ledger";
import { databaseVault } from "@/lib/payments/test-gateway-vault";
import type { ChargeRequest, IntentGateway, IntentRequest, PaymentGateway, SavedCardCharge } from "@/lib/payments/types";
import type { PricingRules } from "@/lib/pricing/types";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { portland } from "../support/addresses";
import { testDatabases } from "../support/databases";

const address = portland;
const goodCard = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "987" };
const declinedCard = { number: "4000 0000 0000 0002", expiry: "12/34", cvc: "987" };

describe.each(testDatabases())("saved cards on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  let gateway: ReturnType<typeof createTestGateway>;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
    gateway = createTestGateway({ ledger: databaseLedger(handle.db), vault: databaseVault(handle.db) });
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const newUser = async () => {
    const [user] = await handle.db.insert(users).values({ email: `saver${++n}@example.com` }).returning();
    return user!;
  };
  /** A cart with one mug: the account's when `userId` is given, else a guest's. */
  const cartFor = async (userId: string | null): Promise<CartRef> => {
    const ref: CartRef = { visitorId: `00000000-0000-4000-d000-${String(++n).padStart(12, "0")}`, cartId: null, userId };
    const added = await changeLine(handle.db, { ...ref, variantId: await variant("stoneware-mug", { color: "navy" }), quantity: 1, mode: "add" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    return userId ? ref : { ...ref, cartId: added.cartId };
  };
  const input = (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: `saver${n}@example.com`,
    locale: "en",
    address,
    billing: null,
    shippingMethodId: null,
    paymentMethod: "card" as PaymentMethod,
    expectedTotal: -1,
    card: null,
    rules,
    ...overrides,
  });
  /** Places the order at the total the server quotes (asked first with a deliberately wrong figure). */
  const pay = async (payments: PaymentGateway | IntentGateway, cart: CartRef, overrides: Partial<PlaceOrderInput> = {}) => {
    const asked = await placeOrder(handle.db, payments, input(cart, overrides));
    if (asked.status !== "total_changed") return asked;
    return placeOrder(handle.db, payments, input(cart, { ...overrides, expectedTotal: asked.quote.total.amount }));
  };
  const held = async () => (await queryRows<{ reserved: number }>(handle.db, sql`select coalesce(sum(reserved), 0)::int as reserved from inventory`))[0]!.reserved;
  const ordersOf = async (cart: CartRef) =>
    (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from orders where user_id = ${cart.userId ?? null} or cart_id = ${cart.cartId ?? null}`))[0]!.n;

  it("keeps a card only after it paid, and only its brand, last 4, expiry and the gateway's token", async () => {
    const ada = await newUser();
    expect(await pay(gateway, await cartFor(ada.id), { card: declinedCard, saveCard: true })).toMatchObject({ status: "payment_failed", code: "card_declined" });
    expect(await listSavedCards(handle.db, { userId: ada.id })).toEqual([]);

    expect(await pay(gateway, await cartFor(ada.id), { card: goodCard, saveCard: true })).toMatchObject({ status: "placed" });
    const [card] = await listSavedCards(handle.db, { userId: ada.id });
    expect(card).toEqual({ id: expect.any(String), provider: "test", token: expect.stringMatching(/^test_pm_\w{24}$/), brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 });
    // Neither the store's table nor the gateway's vault holds the number or the security code.
    // (Ids are random, so only the values the store chose to keep are searched for the 3-digit code.)
    const [row] = await queryRows<Record<string, unknown>>(handle.db, sql`select s.*, c.card from saved_cards s join test_gateway_cards c on c.token = s.token`);
    expect(JSON.stringify(row)).not.toContain("4242424242424242");
    const kept = Object.entries(row!).filter(([column]) => !["id", "user_id", "token", "created_at"].includes(column));
    expect(JSON.stringify(kept)).not.toContain("987");

    // Saving the same card again keeps one.
    await pay(gateway, await cartFor(ada.id), { card: goodCard, saveCard: true });
    expect(await listSavedCards(handle.db, { userId: ada.id })).toHaveLength(1);
  });

  it("never saves a guest's card", async () => {
    const before = (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from test_gateway_cards`))[0]!.n;
    expect(await pay(gateway, await cartFor(null), { card: goodCard, saveCard: true })).toMatchObject({ status: "placed" });
    expect((await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from test_gateway_cards`))[0]!.n).toBe(before);
  });

  it("pays with a saved card and nothing typed, charging once however often it is submitted", async () => {
    const grace = await newUser();
    await pay(gateway, await cartFor(grace.id), { card: goodCard, saveCard: true });
    const [card] = await listSavedCards(handle.db, { userId: grace.id });
    let charges = 0;
    const counting: PaymentGateway = { kind: "test", find: gateway.find, charge: (request: ChargeRequest) => (charges++, gateway.charge(request)) };
    const cart = await cartFor(grace.id);
    const asked = await placeOrder(handle.db, counting, input(cart, { savedCardId: card!.id }));
    if (asked.status !== "total_changed") throw new Error(asked.status);
    const once = input(cart, { savedCardId: card!.id, expectedTotal: asked.quote.total.amount });
    const [first, second] = await Promise.all([placeOrder(handle.db, counting, once), placeOrder(handle.db, counting, once)]);
    expect(first).toMatchObject({ status: "placed", paymentMethod: "card" });
    expect(second).toEqual(first);
    expect(charges).toBe(1);
    const [payment] = await queryRows<{ status: string; last4: string }>(
      handle.db,
      sql`select p.status, p.card_last4 as last4 from payments p join orders o on o.id = p.order_id where o.idempotency_key = ${once.idempotencyKey}`,
    );
    expect(payment).toEqual({ status: "succeeded", last4: "4242" });
  });

  it("refuses another account's card (and a guest naming one): no order, no hold, no charge", async () => {
    const owner = await newUser();
    await pay(gateway, await cartFor(owner.id), { card: goodCard, saveCard: true });
    const [card] = await listSavedCards(handle.db, { userId: owner.id });
    const intruder = await newUser();
    let charges = 0;
    const counting: PaymentGateway = { kind: "test", find: gateway.find, charge: (request: ChargeRequest) => (charges++, gateway.charge(request)) };
    const reserved = await held();
    for (const cart of [await cartFor(intruder.id), await cartFor(null)]) {
      expect(await placeOrder(handle.db, counting, input(cart, { savedCardId: card!.id, expectedTotal: 0 }))).toEqual({ status: "saved_card_refused" });
      expect(await ordersOf(cart)).toBe(0);
    }
    expect(await placeOrder(handle.db, counting, input(await cartFor(owner.id), { savedCardId: crypto.randomUUID() }))).toEqual({ status: "saved_card_refused" });
    expect(charges).toBe(0);
    expect(await held()).toBe(reserved);
  });

  it("a saved card the bank now declines keeps the cart and the stock, and another card then pays", async () => {
    const mary = await newUser();
    // Saved while the bank still took it; declined now (the test gateway answers by the number).
    const saved = await gateway.saveCard({ card: declinedCard, idempotencyKey: `test-save-${mary.id}` });
    if (saved.status !== "saved") throw new Error(saved.status);
    const { token, brand, last4, expMonth, expYear } = saved;
    await keepSavedCard(handle.db, { userId: mary.id, provider: "test", token, brand, last4, expMonth, expYear });
    const [card] = await listSavedCards(handle.db, { userId: mary.id });
    const cart = await cartFor(mary.id);
    const reserved = await held();
    expect(await pay(gateway, cart, { savedCardId: card!.id })).toMatchObject({ status: "payment_failed", code: "card_declined" });
    expect(await held()).toBe(reserved);
    expect((await getCartView(handle.db, { ...cart, locale: "en" }))!.lines).toHaveLength(1);
    expect(await pay(gateway, cart, { card: goodCard })).toMatchObject({ status: "placed" });
  });

  it("removes only the owner's card, and a removed card can no longer pay", async () => {
    const ada = await newUser();
    const eve = await newUser();
    await pay(gateway, await cartFor(ada.id), { card: goodCard, saveCard: true });
    const [card] = await listSavedCards(handle.db, { userId: ada.id });
    expect(await forgetSavedCard(handle.db, gateway, { userId: eve.id, id: card!.id })).toBe(false);
    expect(await listSavedCards(handle.db, { userId: ada.id })).toHaveLength(1);
    expect(await forgetSavedCard(handle.db, gateway, { userId: ada.id, id: card!.id })).toBe(true);
    expect(await listSavedCards(handle.db, { userId: ada.id })).toEqual([]);
    expect(await placeOrder(handle.db, gateway, input(await cartFor(ada.id), { savedCardId: card!.id }))).toEqual({ status: "saved_card_refused" });
  });

  /** A stand-in for Stripe that records what the store asks of it. */
  function fakeStripe(answer: (request: IntentRequest & { customerId: string; paymentMethodId: string }) => SavedCardCharge) {
    const calls = { customers: 0, intents: [] as IntentRequest[], detached: [] as string[] };
    const stripe: IntentGateway = {
      kind: "stripe",
      async createCustomer() {
        calls.customers++;
        return `cus_${calls.customers}`;
      },
      async createIntent(request) {
        calls.intents.push(request);
        return { id: `pi_${request.orderId}`, clientSecret: `pi_${request.orderId}_secret` };
      },
      async chargeSavedCard(request) {
        return answer(request);
      },
      async savedCard(paymentMethodId) {
        return { brand: "visa", last4: "4242", expMonth: 12, expYear: 2034, customerId: paymentMethodId === "pm_theirs" ? "cus_other" : "cus_1" };
      },
      async forgetCard(paymentMethodId) {
        calls.detached.push(paymentMethodId);
      },
    };
    return { stripe, calls };
  }

  it("Stripe: saving makes the intent for the account's one Customer; only its own PaymentMethods are kept; removing detaches", async () => {
    const ada = await newUser();
    const { stripe, calls } = fakeStripe(() => ({ status: "failed", id: null, code: "card_declined" }));
    const first = await pay(stripe, await cartFor(ada.id), { saveCard: true });
    expect(first).toMatchObject({ status: "confirm_payment" });
    expect(calls.intents.at(-1)!.saveFor).toEqual({ userId: ada.id, customerId: "cus_1" });
    await pay(stripe, await cartFor(ada.id), { saveCard: true });
    expect(calls.customers).toBe(1);
    await pay(stripe, await cartFor(ada.id), {});
    expect(calls.intents.at(-1)!.saveFor).toBeNull();
    const [user] = await handle.db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, ada.id));
    expect(user!.customerId).toBe("cus_1");

    // The webhook's succeeded intent names the PaymentMethod: kept only when it is this account's Customer's.
    expect(await keepStripeCard(handle.db, stripe, { userId: ada.id, paymentMethodId: "pm_theirs" })).toBe(false);
    expect(await keepStripeCard(handle.db, stripe, { userId: ada.id, paymentMethodId: "pm_own" })).toBe(true);
    const [card] = await listSavedCards(handle.db, { userId: ada.id, provider: "stripe" });
    expect(card).toMatchObject({ token: "pm_own", brand: "visa", last4: "4242" });
    expect(await forgetSavedCard(handle.db, stripe, { userId: ada.id, id: card!.id })).toBe(true);
    expect(calls.detached).toEqual(["pm_own"]);
  });

  it("Stripe: a saved card is charged on the server for its Customer; a decline, a 3-D Secure check and a success each land right", async () => {
    const ada = await newUser();
    let next: SavedCardCharge["status"] = "failed";
    const seen: { customerId: string; paymentMethodId: string }[] = [];
    const { stripe } = fakeStripe((request) => {
      seen.push({ customerId: request.customerId, paymentMethodId: request.paymentMethodId });
      const id = `pi_saved_${request.orderId}`;
      if (next === "failed") return { status: "failed", id, code: "card_declined" };
      if (next === "requires_action") return { status: "requires_action", id, clientSecret: `${id}_secret` };
      return { status: "succeeded", id, brand: "visa", last4: "4242" };
    });
    await handle.db.update(users).set({ stripeCustomerId: "cus_1" }).where(eq(users.id, ada.id));
    await handle.db.insert(savedCards).values({ userId: ada.id, provider: "stripe", token: "pm_card", brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 });
    const [card] = await listSavedCards(handle.db, { userId: ada.id, provider: "stripe" });
    const cart = await cartFor(ada.id);
    const reserved = await held();

    expect(await pay(stripe, cart, { savedCardId: card!.id })).toMatchObject({ status: "payment_failed", code: "card_declined" });
    expect(await held()).toBe(reserved);
    next = "requires_action";
    expect(await pay(stripe, cart, { savedCardId: card!.id })).toMatchObject({ status: "confirm_payment", savedCard: true, clientSecret: expect.stringMatching(/_secret$/) });
    next = "succeeded";
    expect(await pay(stripe, await cartFor(ada.id), { savedCardId: card!.id })).toMatchObject({ status: "placed" });
    expect(seen.every((call) => call.customerId === "cus_1" && call.paymentMethodId === "pm_card")).toBe(true);
    // A test-gateway card is no card for Stripe.
    await handle.db.insert(savedCards).values({ userId: ada.id, provider: "test", token: "test_pm_x", brand: "visa", last4: "1111", expMonth: 1, expYear: 2035 });
    const [testCard] = await listSavedCards(handle.db, { userId: ada.id, provider: "test" });
    expect(await placeOrder(handle.db, stripe, input(await cartFor(ada.id), { savedCardId: testCard!.id }))).toEqual({ status: "saved_card_refused" });
  });
});

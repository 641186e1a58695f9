import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { savedCards, users } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { changeLine, type CartRef } from "@/lib/cart/queries";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import { listSavedCards } from "@/lib/payments/saved-cards";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { CardDetails, IntentGateway, PaymentGateway } from "@/lib/payments/types";
import type { PricingRules } from "@/lib/pricing/types";
import { consumeLimits, limitRules, limits } from "@/lib/security/limits";
import { retryMinutes } from "@/lib/security/rate-limit";
import { purgeOldRefusals, recentRefusals, recordRefusal, refusalCounts } from "@/lib/security/refusals";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

// A card's fingerprint is keyed with the store's signing key, read through the app's database handle.
const state = vi.hoisted(() => ({ db: null as Database | null }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));

const card = (number: string): CardDetails => ({ number, expiry: "12/34", cvc: "123" });
const goodCard = card("4242 4242 4242 4242");
const declinedCard = card("4000 0000 0000 0002");
let fresh = 0;
/** A card number no test has used: any valid number that is not one of Stripe's test cards is declined. */
function newDecliningCard(): CardDetails {
  const body = `40001234${String(++fresh).padStart(7, "0")}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  }
  return card(body + String((10 - (sum % 10)) % 10));
}

describe.each(testDatabases())("abuse limits on $name", (target) => {
  let handle: TestDatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  let mug: number;
  beforeAll(async () => {
    // The two-instance test races 24 callers over two pools: each pool is as large as its callers.
    ({ handle, variant } = await openWithCatalog(target, { poolMax: 12 }));
    state.db = handle.db;
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
    mug = await variant("stoneware-mug", { color: "navy" });
  });
  afterAll(async () => handle?.close());
  afterEach(() => vi.restoreAllMocks());

  /** The test gateway, and how often the checkout asked it anything. */
  const countingGateway = () => {
    const inner = createTestGateway();
    const calls = { n: 0 };
    const gateway: PaymentGateway = {
      kind: "test",
      charge(request) {
        calls.n += 1;
        return inner.charge(request);
      },
      find(key) {
        calls.n += 1;
        return inner.find!(key);
      },
    };
    return { gateway, calls };
  };
  const { gateway, calls } = countingGateway();

  const shoppers = guestShoppers(() => handle.db, "c");
  let ips = 0;
  const someIp = () => `203.0.113.${++ips}`;
  const input = (cart: CartRef, ipKey: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: `limited${shoppers.count}@example.com`,
    locale: "en",
    address: portland,
    billing: null,
    shippingMethodId: null,
    paymentMethod: "card",
    expectedTotal: -1,
    card: goodCard,
    rules,
    limitedBy: { ipKey },
    ...overrides,
  });
  /** The total the shopper would see, asked without counting an attempt. */
  const shownTotal = async (cart: CartRef, db: Database = handle.db) => {
    const answer = await placeOrder(db, gateway, { ...input(cart, "unused"), limitedBy: undefined });
    if (answer.status !== "total_changed") throw new Error(answer.status);
    return answer.quote.total.amount;
  };
  /** Another cart for the same browser (its last one became an order). */
  const nextCart = async (visitorId: string): Promise<CartRef> => {
    const added = await changeLine(handle.db, { visitorId, cartId: null, variantId: mug, quantity: 1, mode: "add" });
    if (!added.ok) throw new Error("could not add");
    return { visitorId, cartId: added.cartId };
  };
  const hitsOf = async (bucket: string, db: Database = handle.db) =>
    (await queryRows<{ hits: number }>(db, sql`select hits from rate_limits where bucket = ${bucket}`))[0]?.hits ?? 0;
  const bucketOf = (action: "placeOrder" | "cardDecline", subject: "visitor" | "ip" | "card", value: string) =>
    limitRules(action, { [subject]: value } as never)[0]!.bucket;

  it("counts place-order attempts per browser: the 11th is refused with the wait in minutes, and resending a submission is never a new attempt", async () => {
    const ip = someIp();
    const first = await shoppers.withCart(mug);
    const key = crypto.randomUUID();
    const total = await shownTotal(first);
    const placed = await placeOrder(handle.db, gateway, input(first, ip, { idempotencyKey: key, expectedTotal: total, paymentMethod: "cash_on_delivery", card: null }));
    if (placed.status !== "placed") throw new Error(placed.status);
    // The same submission sent again (a reload, a retried request): its outcome, and no attempt counted.
    for (let i = 0; i < 5; i++) {
      expect(await placeOrder(handle.db, gateway, input(first, ip, { idempotencyKey: key, expectedTotal: total, paymentMethod: "cash_on_delivery", card: null }))).toEqual(placed);
    }
    expect(await hitsOf(bucketOf("placeOrder", "visitor", first.visitorId))).toBe(1);

    const cart = await nextCart(first.visitorId);
    // Refused for a changed total and sent again under its key (corrected, or retried): one attempt.
    const corrected = crypto.randomUUID();
    for (let i = 0; i < 3; i++) expect(await placeOrder(handle.db, gateway, input(cart, ip, { idempotencyKey: corrected }))).toMatchObject({ status: "total_changed" });
    expect(await hitsOf(bucketOf("placeOrder", "visitor", first.visitorId))).toBe(2);
    const answers = [];
    for (let i = 2; i < limits.placeOrder.visitor.limit; i++) answers.push(await placeOrder(handle.db, gateway, input(cart, ip)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(limits.placeOrder.visitor.limit - 2).fill("total_changed"));
    const refused = await placeOrder(handle.db, gateway, input(cart, ip));
    expect(refused).toEqual({ status: "limited", reason: "attempts", retryAfterSeconds: expect.any(Number) });
    if (refused.status !== "limited") throw new Error(refused.status);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(retryMinutes(refused.retryAfterSeconds)).toBeLessThanOrEqual(10);
    // A refused attempt is not counted either; attempts counted before the limit still go on.
    expect(await hitsOf(bucketOf("placeOrder", "visitor", first.visitorId))).toBe(limits.placeOrder.visitor.limit);
    expect(await placeOrder(handle.db, gateway, input(cart, ip, { idempotencyKey: key, paymentMethod: "cash_on_delivery", card: null }))).toEqual(placed);
    expect(await placeOrder(handle.db, gateway, input(cart, ip, { idempotencyKey: corrected }))).toMatchObject({ status: "total_changed" });
    expect(await hitsOf(bucketOf("placeOrder", "visitor", first.visitorId))).toBe(limits.placeOrder.visitor.limit);
  });

  it("counts place-order attempts per IP however many browsers it uses", async () => {
    const ip = someIp();
    const answers = [];
    for (let i = 0; i <= limits.placeOrder.ip.limit; i++) answers.push(await placeOrder(handle.db, gateway, input(await shoppers.withCart(mug), ip)));
    expect(answers.filter((answer) => answer.status === "total_changed")).toHaveLength(limits.placeOrder.ip.limit);
    expect(answers.at(-1)).toMatchObject({ status: "limited", reason: "attempts" });
  });

  it("after 5 declined cards a browser's next card attempt is refused before the gateway is asked, and cash on delivery still goes through", async () => {
    const cart = await shoppers.withCart(mug);
    const total = await shownTotal(cart);
    const ip = someIp();
    // Five cards, each declined once (none reaches the per-card limit); a gateway fault is not counted.
    expect(await placeOrder(handle.db, gateway, input(cart, ip, { expectedTotal: total, card: card("4000 0000 0000 0119") }))).toMatchObject({ status: "payment_failed", code: "processing_error" });
    for (const declining of [card("4000 0000 0000 9995"), card("4000 0000 0000 0069"), card("4000 0000 0000 0127"), newDecliningCard(), newDecliningCard()]) {
      expect(await placeOrder(handle.db, gateway, input(cart, ip, { expectedTotal: total, card: declining }))).toMatchObject({ status: "payment_failed" });
    }
    expect(await hitsOf(bucketOf("cardDecline", "visitor", cart.visitorId))).toBe(limits.cardDecline.visitor.limit);
    const ordersOfCart = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from orders where cart_id = ${cart.cartId}`))[0]!.n;
    const tried = await ordersOfCart();
    const asked = calls.n;
    const refused = await placeOrder(handle.db, gateway, input(cart, ip, { expectedTotal: total, card: goodCard }));
    expect(refused).toEqual({ status: "limited", reason: "declines", retryAfterSeconds: expect.any(Number) });
    if (refused.status !== "limited") throw new Error(refused.status);
    expect(refused.retryAfterSeconds).toBeGreaterThan(50 * 60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60 * 60);
    // Nothing held, nothing charged: no order was even written.
    expect(calls.n).toBe(asked);
    expect(await ordersOfCart()).toBe(tried);
    expect(await placeOrder(handle.db, gateway, input(cart, ip, { expectedTotal: total, paymentMethod: "cash_on_delivery", card: null }))).toMatchObject({ status: "placed" });
  });

  it("a card declined 3 times is refused in any browser on any IP, while that browser may still pay with another card", async () => {
    const total = await shownTotal(await shoppers.withCart(mug));
    for (let i = 0; i < limits.cardDecline.card.limit; i++) {
      const cart = await shoppers.withCart(mug);
      expect(await placeOrder(handle.db, gateway, input(cart, someIp(), { expectedTotal: total, card: declinedCard }))).toMatchObject({ status: "payment_failed", code: "card_declined" });
    }
    const stranger = await shoppers.withCart(mug);
    const ip = someIp();
    const asked = calls.n;
    // Typed differently, the same number.
    expect(await placeOrder(handle.db, gateway, input(stranger, ip, { expectedTotal: total, card: card("4000-0000-0000-0002") }))).toMatchObject({ status: "limited", reason: "declines" });
    expect(calls.n).toBe(asked);
    expect(await placeOrder(handle.db, gateway, input(stranger, ip, { expectedTotal: total, card: goodCard }))).toMatchObject({ status: "placed" });
    // The card's bucket is named by a keyed fingerprint, never by the number.
    const cardBuckets = await queryRows<{ bucket: string; hits: number }>(handle.db, sql`select bucket, hits from rate_limits where bucket like 'cardDecline:card:%'`);
    expect(cardBuckets).toContainEqual({ bucket: expect.stringMatching(/^cardDecline:card:[\w-]{22}$/), hits: limits.cardDecline.card.limit });
    const [leak] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from rate_limits where bucket like '%4000000000000002%' or bucket like '%4000 0000%'`);
    expect(leak!.n).toBe(0);
  });

  it("Stripe: a saved card declined 3 times, in any browser of its account, is refused before Stripe is asked again", async () => {
    const [owner] = await handle.db.insert(users).values({ email: `stripe.limits@example.com`, stripeCustomerId: "cus_limits" }).returning();
    await handle.db.insert(savedCards).values({ userId: owner!.id, provider: "stripe", token: "pm_limits", brand: "visa", last4: "0002", expMonth: 12, expYear: 2034 });
    const [saved] = await listSavedCards(handle.db, { userId: owner!.id, provider: "stripe" });
    let charges = 0;
    const stripe: IntentGateway = {
      kind: "stripe",
      async createIntent() {
        throw new Error("a saved card needs no new intent");
      },
      async chargeSavedCard(request) {
        charges += 1;
        return { status: "failed", id: `pi_${request.orderId}`, code: "card_declined" };
      },
    };
    // Another browser signed in to the account: the account's one cart, which a decline leaves as it was.
    const browserOfOwner = (): CartRef => ({ visitorId: `00000000-0000-4000-c500-${String(++ips).padStart(12, "0")}`, cartId: null, userId: owner!.id });
    await changeLine(handle.db, { ...browserOfOwner(), variantId: mug, quantity: 1, mode: "add" });
    const total = await shownTotal(browserOfOwner());
    for (let i = 0; i < limits.cardDecline.card.limit; i++) {
      expect(await placeOrder(handle.db, stripe, input(browserOfOwner(), someIp(), { expectedTotal: total, card: null, savedCardId: saved!.id }))).toMatchObject({ status: "payment_failed" });
    }
    expect(await placeOrder(handle.db, stripe, input(browserOfOwner(), someIp(), { expectedTotal: total, card: null, savedCardId: saved!.id }))).toMatchObject({ status: "limited", reason: "declines" });
    expect(charges).toBe(limits.cardDecline.card.limit);
  });

  it("logs every refusal, of every limit, with a hashed subject and one JSON line; lists and counts them for the admin", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const ip = someIp();
    const email = `Guesser.${Date.now()}@Example.com`;
    for (let i = 0; i <= limits.orderLookup.email.limit; i++) await consumeLimits(handle.db, "orderLookup", { email, ip });
    const [latest] = await recentRefusals(handle.db, { limit: 1 });
    expect(latest).toEqual({
      action: "orderLookup",
      subject: "email",
      subjectHash: limitRules("orderLookup", { email })[0]!.subjectHash,
      retryAfterSeconds: expect.any(Number),
      at: expect.any(Date),
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(warn.mock.calls[0]![0]))).toEqual({ event: "limit_refused", action: "orderLookup", subject: "email", subjectHash: latest!.subjectHash, retryAfterSeconds: latest!.retryAfterSeconds });

    // The tests above were refused too: attempts per browser and IP, declines per browser and card.
    const rows = await queryRows<Record<string, unknown>>(handle.db, sql`select * from limit_refusals`);
    const kinds = new Set(rows.map((row) => `${String(row.action)}:${String(row.subject)}`));
    for (const kind of ["placeOrder:visitor", "placeOrder:ip", "cardDecline:visitor", "cardDecline:card", "orderLookup:email"]) expect(kinds).toContain(kind);
    const text = JSON.stringify(rows);
    for (const personal of ["@example.com", "guesser", "203.0.113.", "00000000-0000-4000", "4000000000000002", "4242", "pm_limits"]) expect(text.toLowerCase()).not.toContain(personal.toLowerCase());

    const counts = await refusalCounts(handle.db);
    expect(counts).toContainEqual({ action: "orderLookup", subject: "email", refusals: 1, subjects: 1, lastAt: expect.any(Date) });
    // The typed card and the saved one, each refused once.
    expect(counts.find((c) => c.action === "cardDecline" && c.subject === "card")).toMatchObject({ refusals: 2, subjects: 2 });
    expect(counts.reduce((sum, c) => sum + c.refusals, 0)).toBe(rows.length);
  });

  it("forgets refusals after 30 days and keeps newer ones; refusals older than a day are not in the day's counts", async () => {
    const now = new Date();
    const old = { action: "couponTry", subject: "ip", subjectHash: "old-hash-for-purge-test", retryAfterSeconds: 60 };
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await recordRefusal(handle.db, { ...old, at: new Date(now.getTime() - 31 * 86_400_000) });
    await recordRefusal(handle.db, { ...old, subjectHash: "week-old-hash", at: new Date(now.getTime() - 7 * 86_400_000) });
    expect((await refusalCounts(handle.db, { now })).find((c) => c.action === "couponTry")).toBeUndefined();
    const before = (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from limit_refusals`))[0]!.n;
    expect(await purgeOldRefusals(handle.db, { now })).toBe(1);
    const hashes = (await queryRows<{ h: string }>(handle.db, sql`select subject_hash as h from limit_refusals`)).map((row) => row.h);
    expect(hashes).toHaveLength(before - 1);
    expect(hashes).toContain("week-old-hash");
    expect(hashes).not.toContain("old-hash-for-purge-test");
  });

  it.runIf(target.name === "postgres")("shares every limit between two instances: 24 attempts at once over two pools let exactly 10 through, and declines on one refuse on the other", async () => {
    const other = await handle.openAnother!();
    try {
      const visitor = `00000000-0000-4000-c999-${String(Date.now()).slice(-12).padStart(12, "0")}`;
      const ip = someIp();
      const verdicts = await Promise.all(
        Array.from({ length: 24 }, (_, i) => consumeLimits(i % 2 ? other.db : handle.db, "placeOrder", { visitor, ip })),
      );
      expect(verdicts.filter((v) => v.ok)).toHaveLength(limits.placeOrder.visitor.limit);
      expect(verdicts.filter((v) => !v.ok)).toHaveLength(24 - limits.placeOrder.visitor.limit);
      expect(await hitsOf(bucketOf("placeOrder", "visitor", visitor), other.db)).toBe(limits.placeOrder.visitor.limit);

      // One submission sent to both instances at once: one order, one attempt.
      const cart = await shoppers.withCart(mug);
      const twin = input(cart, someIp(), { expectedTotal: await shownTotal(cart), paymentMethod: "cash_on_delivery", card: null });
      const [fromA, fromB] = await Promise.all([placeOrder(handle.db, gateway, twin), placeOrder(other.db, gateway, twin)]);
      expect(fromA).toMatchObject({ status: "placed" });
      expect(fromB).toEqual(fromA);
      expect(await hitsOf(bucketOf("placeOrder", "visitor", cart.visitorId))).toBe(1);

      // Card declines counted through instance A refuse the card on instance B before its gateway is asked.
      const total = await shownTotal(await shoppers.withCart(mug));
      const shared = newDecliningCard();
      for (let i = 0; i < limits.cardDecline.card.limit; i++) {
        expect(await placeOrder(handle.db, gateway, input(await shoppers.withCart(mug), someIp(), { expectedTotal: total, card: shared }))).toMatchObject({ status: "payment_failed" });
      }
      const onB = countingGateway();
      expect(await placeOrder(other.db, onB.gateway, input(await shoppers.withCart(mug), someIp(), { expectedTotal: total, card: shared }))).toMatchObject({ status: "limited", reason: "declines" });
      expect(onB.calls.n).toBe(0);
    } finally {
      await other.close();
    }
  });
});

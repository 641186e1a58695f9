import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { PostalAddress } from "@/db/schema";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { changeLine, setCartCoupon, type CartRef } from "@/lib/cart/queries";
import { checkoutAttemptKey, nextAttemptKey } from "@/lib/checkout/drafts";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import { reconcileStuckCharges, sweepExpiredHolds } from "@/lib/checkout/reconcile";
import { maintenanceQueue, runMaintenance, scheduleMaintenance } from "@/lib/jobs/maintenance";
import { createJobQueue } from "@/lib/jobs/queue";
import { mailRenderers } from "@/lib/mail/renderers";
import { deliverDueMail } from "@/lib/mail/send";
import { consumeRateLimits } from "@/lib/security/rate-limit";
import type { MailTransport } from "@/lib/mail/transport";
import { createTestGateway } from "@/lib/payments/test-gateway";
import { databaseLedger } from "@/lib/payments/test-gateway-ledger";
import type { ChargeRequest, PaymentGateway } from "@/lib/payments/types";
import type { PricingRules } from "@/lib/pricing/types";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

// The receipt's signed order link reads the signing key through the app's database handle.
const state = vi.hoisted(() => ({ db: null as Database | null }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));

const address: PostalAddress = { fullName: "Grace Hopper", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" };
const goodCard = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" };

/** A transport that records what it delivered, or fails like an unreachable SMTP server. */
function recordingTransport(fail = false) {
  const sent: { to: string; subject: string }[] = [];
  const transport: MailTransport = {
    kind: "smtp",
    async send(mail) {
      if (fail) throw new Error("connect ECONNREFUSED 127.0.0.1:587");
      sent.push({ to: mail.to, subject: mail.subject });
    },
  };
  return { transport, sent };
}

describe.each(testDatabases())("orders survive a crash on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let rules: PricingRules;
  beforeAll(async () => {
    // Ten orders race for a coupon below: the pool is at least as large as the racing callers.
    ({ handle, variant } = await openWithCatalog(target, { poolMax: 12 }));
    state.db = handle.db;
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "b");
  const shopper = shoppers.withCart;
  const input = (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: `crash${shoppers.count}@example.com`,
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
  const gateway = () => createTestGateway({ ledger: databaseLedger(handle.db) });
  const shownTotal = async (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}) => {
    const answer = await placeOrder(handle.db, gateway(), input(cart, overrides));
    if (answer.status !== "total_changed") throw new Error(answer.status);
    return answer.quote.total.amount;
  };
  const stock = async (variantId: number) =>
    (await queryRows<{ onHand: number; reserved: number }>(handle.db, sql`select on_hand as "onHand", reserved from inventory where variant_id = ${variantId}`))[0]!;
  const ordersOf = (cart: CartRef) =>
    queryRows<{ id: string; number: number; status: string }>(handle.db, sql`select id, number, status from orders where cart_id = ${cart.cartId} order by created_at`);
  /** The process "dies" while charging: the order and its hold are written, the charge never returns. */
  const dyingGateway = (): PaymentGateway => ({ kind: "test", charge: () => new Promise<never>(() => {}) });
  /** Time passes until the dead request's charge lease has run out. */
  const leaseRunsOut = (orderId: string) => handle.db.execute(sql`update orders set charge_lease_until = now() - interval '1 second' where id = ${orderId}`);
  const receipts = (orderId: string) =>
    queryRows<{ sentAt: string | null; attempts: number; error: string | null; subject: string | null }>(
      handle.db,
      sql`select sent_at as "sentAt", attempts, error, subject from mail_outbox where dedupe_key = ${`order-receipt:${orderId}`}`,
    );

  it("queues the receipt with the order and delivers it once, after the mail transport failed", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shopper(mug);
    const total = await shownTotal(cart, { paymentMethod: "cash_on_delivery", card: null });
    const order = input(cart, { expectedTotal: total, paymentMethod: "cash_on_delivery", card: null });
    const placed = await placeOrder(handle.db, gateway(), order);
    if (placed.status !== "placed") throw new Error(placed.status);
    // The checkout's own attempt fails (SMTP down, or the process is killed right after the commit).
    const down = recordingTransport(true);
    const only = `order-receipt:${placed.orderId}`;
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport: down.transport, dedupeKey: only })).toBe(0);
    expect(await receipts(placed.orderId)).toEqual([expect.objectContaining({ sentAt: null, attempts: 1, error: expect.stringContaining("ECONNREFUSED") })]);

    // The worker's next passes: not before the retry is due, then exactly once.
    const up = recordingTransport();
    await deliverDueMail(handle.db, { renderers: mailRenderers, transport: up.transport });
    expect(up.sent.filter((mail) => mail.subject.includes(String(placed.number)))).toEqual([]);
    const later = new Date(Date.now() + 2 * 60_000);
    await deliverDueMail(handle.db, { renderers: mailRenderers, transport: up.transport, now: later });
    await deliverDueMail(handle.db, { renderers: mailRenderers, transport: up.transport, now: new Date(later.getTime() + 60 * 60_000) });
    const mine = up.sent.filter((mail) => mail.subject.includes(String(placed.number)));
    expect(mine).toEqual([{ to: order.email, subject: expect.stringContaining(String(placed.number)) }]);
    expect(await receipts(placed.orderId)).toEqual([expect.objectContaining({ sentAt: expect.anything(), attempts: 2, error: null })]);
  });

  it("a card order retried after a crash before the charge: one order, one hold, one charge", async () => {
    const bag = await variant("stoneware-mug", { color: "sage" });
    await handle.db.execute(sql`update inventory set on_hand = 1, reserved = 0 where variant_id = ${bag}`);
    const cart = await shopper(bag);
    const total = await shownTotal(cart);
    const key = crypto.randomUUID();
    void placeOrder(handle.db, dyingGateway(), input(cart, { expectedTotal: total, idempotencyKey: key }));
    await expect.poll(async () => (await ordersOf(cart)).length).toBe(1);
    const [pending] = await ordersOf(cart);
    expect(pending!.status).toBe("pending_payment");
    await leaseRunsOut(pending!.id);

    let charges = 0;
    const real = gateway();
    const counting: PaymentGateway = { kind: "test", find: real.find, charge: (request: ChargeRequest) => (charges++, real.charge(request)) };
    // "Try again" with the same checkout key, for the last unit the first attempt is holding.
    const retried = await placeOrder(handle.db, counting, input(cart, { expectedTotal: total, idempotencyKey: key }));
    expect(retried).toMatchObject({ status: "placed", number: pending!.number });
    expect(await ordersOf(cart)).toEqual([expect.objectContaining({ id: pending!.id, status: "paid" })]);
    expect(charges).toBe(1);
    expect(await stock(bag)).toEqual({ onHand: 0, reserved: 0 });
  });

  it("a card charged just before a crash is found, not charged again: by a retry and by start-up reconciliation", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    for (const settle of ["retry", "start-up"] as const) {
      const cart = await shopper(mug);
      const total = await shownTotal(cart);
      const key = crypto.randomUUID();
      // The gateway takes the money, then the process dies before the outcome is written.
      const real = gateway();
      const chargesThenDies: PaymentGateway = { kind: "test", charge: async (request) => (await real.charge(request), new Promise<never>(() => {})) };
      void placeOrder(handle.db, chargesThenDies, input(cart, { expectedTotal: total, idempotencyKey: key }));
      await expect.poll(async () => (await queryRows(handle.db, sql`select 1 from test_gateway_charges t join orders o on t.idempotency_key = 'order-' || o.id where o.cart_id = ${cart.cartId}`)).length).toBe(1);
      const [pending] = await ordersOf(cart);
      await leaseRunsOut(pending!.id);

      let charges = 0;
      const counting: PaymentGateway = { kind: "test", find: real.find, charge: (request: ChargeRequest) => (charges++, real.charge(request)) };
      if (settle === "retry") {
        expect(await placeOrder(handle.db, counting, input(cart, { expectedTotal: total, idempotencyKey: key }))).toMatchObject({ status: "placed", number: pending!.number });
      } else {
        expect(await reconcileStuckCharges(handle.db, counting)).toBeGreaterThanOrEqual(1);
      }
      expect(charges, settle).toBe(0);
      expect(await ordersOf(cart), settle).toEqual([expect.objectContaining({ status: "paid" })]);
      expect(await receipts(pending!.id), settle).toHaveLength(1);
    }
  });

  it("expired holds are released by the sweep, with no new order needed, unless the gateway was paid", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const before = await stock(mug);
    const abandoned = await shopper(mug);
    void placeOrder(handle.db, dyingGateway(), input(abandoned, { expectedTotal: await shownTotal(abandoned) }));
    await expect.poll(async () => (await stock(mug)).reserved).toBe(before.reserved + 1);

    const inQuarterHour = new Date(Date.now() + 16 * 60_000);
    expect(await sweepExpiredHolds(handle.db, gateway(), inQuarterHour)).toBe(1);
    expect(await stock(mug)).toEqual(before);
    expect(await ordersOf(abandoned)).toEqual([expect.objectContaining({ status: "cancelled" })]);

    // Paid at the gateway, but the outcome never reached the store: the sweep settles it instead.
    const paid = await shopper(mug);
    const real = gateway();
    const chargesThenDies: PaymentGateway = { kind: "test", charge: async (request) => (await real.charge(request), new Promise<never>(() => {})) };
    void placeOrder(handle.db, chargesThenDies, input(paid, { expectedTotal: await shownTotal(paid) }));
    await expect.poll(async () => (await queryRows(handle.db, sql`select 1 from test_gateway_charges t join orders o on t.idempotency_key = 'order-' || o.id where o.cart_id = ${paid.cartId}`)).length).toBe(1);
    expect(await sweepExpiredHolds(handle.db, gateway(), inQuarterHour)).toBe(0);
    expect(await ordersOf(paid)).toEqual([expect.objectContaining({ status: "paid" })]);
    expect(await stock(mug)).toEqual({ onHand: before.onHand - 1, reserved: before.reserved });
  });

  it("one maintenance pass delivers queued mail, releases expired holds and forgets expired limits", async () => {
    const mug = await variant("stoneware-mug", { color: "rust" });
    const before = await stock(mug);
    const cart = await shopper(mug);
    void placeOrder(handle.db, dyingGateway(), input(cart, { expectedTotal: await shownTotal(cart) }));
    await expect.poll(async () => (await stock(mug)).reserved).toBe(before.reserved + 1);
    const cod = await shopper(mug);
    const placed = await placeOrder(handle.db, gateway(), input(cod, { expectedTotal: await shownTotal(cod, { paymentMethod: "cash_on_delivery", card: null }), paymentMethod: "cash_on_delivery", card: null }));
    if (placed.status !== "placed") throw new Error(placed.status);
    await consumeRateLimits(handle.db, [{ bucket: "test:maintenance", limit: 1, windowSeconds: 60 }]);

    const later = new Date(Date.now() + 16 * 60_000);
    const done = await runMaintenance(handle.db, gateway(), later);
    expect(done.holds).toBeGreaterThanOrEqual(1);
    expect(done.mail).toBeGreaterThanOrEqual(1);
    expect(done.limits).toBeGreaterThanOrEqual(1);
    expect(await receipts(placed.orderId)).toEqual([expect.objectContaining({ sentAt: expect.anything() })]);
    expect(await ordersOf(cart)).toEqual([expect.objectContaining({ status: "cancelled" })]);
    expect((await stock(mug)).reserved).toBe(before.reserved);
  });

  it("the hold sweep runs as a job: an expired hold is released with no order attempt and no manual pass", async () => {
    const mug = await variant("stoneware-mug", { color: "rust" });
    const before = await stock(mug);
    const abandoned = await shopper(mug);
    void placeOrder(handle.db, dyingGateway(), input(abandoned, { expectedTotal: await shownTotal(abandoned) }));
    await expect.poll(async () => (await stock(mug)).reserved).toBe(before.reserved + 1);
    // The hold and the dead request's charge lease have run out.
    await handle.db.execute(
      sql`update orders set reserved_until = now() - interval '1 second', charge_lease_until = now() - interval '1 second' where cart_id = ${abandoned.cartId}`,
    );

    const queue = createJobQueue(handle);
    await queue.start();
    try {
      await scheduleMaintenance(queue, async () => ({ db: handle.db, gateway: gateway() }), { pollingIntervalSeconds: 0.5 });
      await expect.poll(async () => (await ordersOf(abandoned))[0]?.status, { timeout: 5_000, interval: 100 }).toBe("cancelled");
      expect(await stock(mug)).toEqual(before);
      const sweeps = () => queryRows<{ state: string }>(handle.db, sql`select state from pgboss.job where name = ${maintenanceQueue("holds")}`);
      expect((await sweeps()).filter((job) => job.state === "completed").length).toBeGreaterThanOrEqual(1);
      // The next run waits 15 s ahead, and only one can wait: seeding the chain again adds nothing.
      expect(await queue.enqueue(maintenanceQueue("holds"), {}, { singletonKey: maintenanceQueue("holds") })).toBeNull();
      expect((await sweeps()).filter((job) => job.state === "created")).toHaveLength(1);
    } finally {
      await queue.stop();
    }
  });

  it("keeps one attempt key per checkout until the cart changes or the attempt fails", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await shopper(mug);
    const first = await checkoutAttemptKey(handle.db, { cartId: cart.cartId!, visitorId: cart.visitorId });
    expect(await checkoutAttemptKey(handle.db, { cartId: cart.cartId!, visitorId: cart.visitorId })).toBe(first);
    await changeLine(handle.db, { ...cart, variantId: mug, quantity: 2, mode: "set" });
    const afterChange = await checkoutAttemptKey(handle.db, { cartId: cart.cartId!, visitorId: cart.visitorId });
    expect(afterChange).not.toBe(first);
    await nextAttemptKey(handle.db, { cartId: cart.cartId!, used: afterChange });
    expect(await checkoutAttemptKey(handle.db, { cartId: cart.cartId!, visitorId: cart.visitorId })).not.toBe(afterChange);
  });

  it("gives a coupon's use back when the card is declined", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    await handle.db.execute(sql`update coupons set usage_limit = 5, times_used = 4 where code = 'THANKYOU10'`);
    const cart = await shopper(mug);
    await setCartCoupon(handle.db, { ...cart, code: "THANKYOU10" });
    const declined = await placeOrder(handle.db, gateway(), input(cart, { expectedTotal: await shownTotal(cart), card: { ...goodCard, number: "4000 0000 0000 0002" } }));
    expect(declined).toMatchObject({ status: "payment_failed" });
    expect((await queryRows<{ n: number }>(handle.db, sql`select times_used as n from coupons where code = 'THANKYOU10'`))[0]!.n).toBe(4);
  });

  it.runIf(target.name === "postgres" && hasPostgres())("10 parallel orders on a coupon at 99 of 100 uses: exactly one more use", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    await handle.db.execute(sql`update inventory set on_hand = 100, reserved = 0 where variant_id = ${mug}`);
    await handle.db.execute(sql`update coupons set usage_limit = 100, times_used = 99 where code = 'THANKYOU10'`);
    const carts: CartRef[] = [];
    for (let i = 0; i < 10; i++) {
      const cart = await shopper(mug);
      await setCartCoupon(handle.db, { ...cart, code: "THANKYOU10" });
      carts.push(cart);
    }
    const total = await shownTotal(carts[0]!, { paymentMethod: "cash_on_delivery", card: null });
    const results = await Promise.all(carts.map((cart) => placeOrder(handle.db, gateway(), input(cart, { expectedTotal: total, paymentMethod: "cash_on_delivery", card: null }))));
    expect(results.filter((r) => r.status === "placed")).toHaveLength(1);
    // The others are told: the code ran out as they placed the order, or (when the last use was
    // already committed as their quote was taken) the total without it differs from what they saw.
    expect(results.filter((r) => r.status === "coupon_used_up" || r.status === "total_changed")).toHaveLength(9);
    expect((await queryRows<{ n: number }>(handle.db, sql`select times_used as n from coupons where code = 'THANKYOU10'`))[0]!.n).toBe(100);
    expect((await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from orders where coupon_code = 'THANKYOU10' and coupon_held`))[0]!.n).toBe(1);
  }, 60_000);
});

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { changeLine, getCartView, setCartCoupon, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { saveDraft } from "@/lib/checkout/drafts";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import { createJobQueue, type JobQueue } from "@/lib/jobs/queue";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { PricingRules } from "@/lib/pricing/types";
import { taxRateFor } from "@/lib/pricing/tax";
import { startRecoveryJobs } from "@/lib/recovery/jobs";
import { recoveryReport } from "@/lib/recovery/queries";
import type { RecoverySettings } from "@/lib/recovery/settings";
import { startRecovery } from "@/lib/recovery/start";
import { runRecoveryStep } from "@/lib/recovery/step";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";
import { testRecoverySettings } from "../support/recovery";
import { guestShoppers } from "../support/shoppers";

const minute = 60_000;
const hour = 60 * minute;
const settings = testRecoverySettings;
/**
 * The fake clock: the shopper leaves at 10:00 UTC two days ago, so every step of a test falls at
 * 10:00 or 11:00 UTC (outside the store's quiet hours), in the past, but for the last step.
 */
const today = new Date(new Date().toISOString().slice(0, 10));
const left = new Date(today.getTime() - 48 * hour + 10 * hour);
const after = (ms: number, from = left) => new Date(from.getTime() + ms);
const goodCard = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" };
const declinedCard = { number: "4000 0000 0000 0002", expiry: "12/34", cvc: "123" };

interface Context {
  handle: TestDatabaseHandle;
  variant: VariantLookup;
  rules: PricingRules;
  jobs: JobQueue;
}

/** A fresh store with catalog and pricing, and a job queue to enqueue on (no worker unless a test starts one). */
async function openStore(target: ReturnType<typeof testDatabases>[number]): Promise<Context> {
  const { handle, variant } = await openWithCatalog(target, { poolMax: 8 });
  const now = new Date();
  const rules = seedPricingRules(now);
  await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  return { handle, variant, rules, jobs: createJobQueue(handle) };
}

/** What the tests do as the store would: capture an email at checkout, run steps, place orders, look at the rows. */
function storeActions(context: () => Context, series: string) {
  const db = () => context().handle.db;
  const shoppers = guestShoppers(db, series);
  const gateway = createTestGateway();

  const capture = async (cart: CartRef, contact: { email: string; consent?: boolean; timeZone?: string | null; at?: Date }) => {
    const { email, consent = true, timeZone = null, at = left } = contact;
    const started = await db().transaction(async (tx) => {
      const draft = { email, marketingConsent: consent ? "yes" : "no" };
      await saveDraft(tx, { cartId: cart.cartId!, visitorId: cart.visitorId, draft, validEmail: email, timeZone });
      return startRecovery(tx, context().jobs, { cartId: cart.cartId!, email, locale: "en", timeZone, marketingConsent: consent }, { now: at, settings });
    });
    // The shopper's last activity, on the fake clock.
    await db().execute(sql`update carts set updated_at = ${at.toISOString()}::timestamptz where id = ${cart.cartId}`);
    await db().execute(sql`update checkouts set updated_at = ${at.toISOString()}::timestamptz where cart_id = ${cart.cartId}`);
    return started;
  };
  const step = (cart: CartRef, n: number, now: Date, options: { on?: Database; with?: RecoverySettings } = {}) =>
    runRecoveryStep(options.on ?? db(), context().jobs, { cartId: cart.cartId!, step: n }, { now, settings: options.with ?? settings });

  const messages = (cart: CartRef) =>
    queryRows<{ id: number; step: number; channel: string; unavailable: string[]; incentiveCode: string | null }>(
      db(),
      sql`select id, step, channel, unavailable, incentive_code as "incentiveCode" from recovery_messages where cart_id = ${cart.cartId} order by step`,
    );
  const outbox = (cart: CartRef) =>
    queryRows<{ to: string; template: string; dedupeKey: string; params: Record<string, unknown> }>(
      db(),
      sql`select "to", template, dedupe_key as "dedupeKey", params from mail_outbox where dedupe_key like ${`cart-reminder:${cart.cartId}:%`} order by id`,
    );
  const sequence = async (cart: CartRef) =>
    (
      await queryRows<{ email: string; startedAt: Date; stopReason: string | null; timeZone: string | null }>(
        db(),
        sql`select email, started_at as "startedAt", stop_reason as "stopReason", time_zone as "timeZone" from recovery_sequences where cart_id = ${cart.cartId}`,
      )
    )[0];
  const waitingSteps = async (cart: CartRef) =>
    (
      await queryRows<{ key: string; startAfter: Date }>(
        db(),
        sql`select singleton_key as key, start_after as "startAfter" from pgboss.job
            where name = 'recovery-step' and state = 'created' and singleton_key like ${`recovery:${cart.cartId}:%`} order by singleton_key`,
      )
    ).map(({ key, startAfter }) => ({ step: Number(key.split(":").at(-1)), startAfter: new Date(startAfter) }));

  const orderInput = (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    cart,
    idempotencyKey: crypto.randomUUID(),
    email: "buyer@example.com",
    locale: "en",
    address: portland,
    billing: null,
    shippingMethodId: null,
    paymentMethod: "cash_on_delivery" as PaymentMethod,
    expectedTotal: -1,
    card: null,
    rules: context().rules,
    ...overrides,
  });
  /** Places an order at the total the server quotes (asked with a wrong figure first, as the checkout test does). */
  const order = async (cart: CartRef, overrides: Partial<PlaceOrderInput> = {}) => {
    const asked = await placeOrder(db(), gateway, orderInput(cart, overrides));
    if (asked.status !== "total_changed") throw new Error(asked.status);
    return placeOrder(db(), gateway, orderInput(cart, { ...overrides, expectedTotal: asked.quote.total.amount }));
  };
  return { shopper: shoppers.withCart, capture, step, messages, outbox, sequence, waitingSteps, order };
}

describe.each(testDatabases())("abandoned-cart reminders on $name", (target) => {
  let context: Context;
  beforeAll(async () => {
    context = await openStore(target);
  });
  afterAll(async () => context?.handle.close());
  const { shopper, capture, step, messages, outbox, sequence, waitingSteps, order } = storeActions(() => context, "e");
  const mug = () => context.variant("stoneware-mug", { color: "navy" });

  it("starts with the captured email; step 1 is not due before its delay, and goes out once after it", async () => {
    const cart = await shopper(await mug(), 2);
    expect(await capture(cart, { email: "ada@example.com" })).toBe(true);
    const started = await sequence(cart);
    expect(started).toMatchObject({ email: "ada@example.com", stopReason: null });
    expect(await waitingSteps(cart)).toEqual([{ step: 1, startAfter: after(hour) }]);

    // Starting again (the next keystroke saved) keeps the start and the one waiting job.
    expect(await capture(cart, { email: "ada@example.com", at: after(minute) })).toBe(true);
    expect((await sequence(cart))!.startedAt).toEqual(started!.startedAt);
    expect(await waitingSteps(cart)).toEqual([{ step: 1, startAfter: after(hour) }]);

    expect(await step(cart, 1, after(59 * minute, after(minute)))).toEqual({ action: "wait", until: after(hour + minute), reason: "active" });
    expect(await messages(cart)).toEqual([]);

    const sent = await step(cart, 1, after(hour + minute));
    expect(sent).toMatchObject({ action: "send", incentiveCode: null, unavailable: [] });
    const [message] = await messages(cart);
    expect(message).toMatchObject({ step: 1, channel: "email", incentiveCode: null });
    expect(await outbox(cart)).toEqual([
      {
        to: "ada@example.com",
        template: "cart-reminder",
        dedupeKey: `cart-reminder:${cart.cartId}:1`,
        params: { cartId: cart.cartId, step: 1, messageId: message!.id, incentiveCode: null, unavailable: [] },
      },
    ]);
    // Step 2 waits for 24 h after the last activity, in the same transaction as the mail.
    expect(await waitingSteps(cart)).toContainEqual({ step: 2, startAfter: after(24 * hour + minute) });

    // The same job again (a retry, a second worker): nothing more.
    expect(await step(cart, 1, after(2 * hour))).toEqual({ outcome: "already_sent" });
    expect(await messages(cart)).toHaveLength(1);
    expect(await outbox(cart)).toHaveLength(1);
  });

  it("an order stops the rest and is credited to the reminder that brought it; a declined card is not", async () => {
    const cart = await shopper(await mug());
    await capture(cart, { email: "grace@example.com" });
    await step(cart, 1, after(hour));
    const [message] = await messages(cart);

    const declined = await order(cart, { paymentMethod: "card", card: declinedCard });
    expect(declined).toMatchObject({ status: "payment_failed" });
    expect((await sequence(cart))!.stopReason).toBeNull();

    await context.handle.db.execute(sql`update recovery_messages set clicked_at = now() where id = ${message!.id}`);
    const placed = await order(cart, { paymentMethod: "card", card: goodCard });
    expect(placed).toMatchObject({ status: "placed" });
    const recovered = await queryRows<{ status: string; recoveredBy: unknown }>(
      context.handle.db,
      sql`select status, recovered_by as "recoveredBy" from orders where cart_id = ${cart.cartId} order by created_at`,
    );
    expect(recovered).toEqual([
      { status: "payment_failed", recoveredBy: null },
      { status: "paid", recoveredBy: { channel: "email", step: 1, messageId: message!.id, clicked: true } },
    ]);
    expect((await sequence(cart))!.stopReason).toBe("ordered");
    expect(await step(cart, 2, after(24 * hour))).toEqual({ outcome: "ended" });
    expect(await messages(cart)).toHaveLength(1);
  });

  it("an order placed without any reminder sent is not counted as recovered", async () => {
    const cart = await shopper(await mug());
    await capture(cart, { email: "quick@example.com" });
    expect(await order(cart)).toMatchObject({ status: "placed" });
    const [placed] = await queryRows<{ recoveredBy: unknown }>(context.handle.db, sql`select recovered_by as "recoveredBy" from orders where cart_id = ${cart.cartId}`);
    expect(placed).toEqual({ recoveredBy: null });
    expect((await sequence(cart))!.stopReason).toBe("ordered");
  });

  it("names the items no longer in stock", async () => {
    const tote = await context.variant("waxed-canvas-tote", { color: "sand" });
    const cart = await shopper(await mug());
    await changeLine(context.handle.db, { ...cart, variantId: tote, quantity: 1, mode: "add" });
    await capture(cart, { email: "linus@example.com" });
    await context.handle.db.execute(sql`update inventory set on_hand = reserved where variant_id = ${tote}`);
    try {
      expect(await step(cart, 1, after(hour))).toMatchObject({ action: "send", unavailable: ["Waxed Canvas Tote"] });
      expect((await messages(cart))[0]!.unavailable).toEqual(["Waxed Canvas Tote"]);
      expect((await outbox(cart))[0]!.params).toMatchObject({ unavailable: ["Waxed Canvas Tote"] });
    } finally {
      await context.handle.db.execute(sql`update inventory set on_hand = reserved + 50 where variant_id = ${tote}`);
    }
  });

  it("an unsubscribed address stops everything, and the sequence stays stopped", async () => {
    const cart = await shopper(await mug());
    await capture(cart, { email: "Alan.Turing@Example.com" });
    await context.handle.db.execute(sql`insert into mail_unsubscribes (email, source) values ('alan.turing@example.com', 'link')`);
    expect(await step(cart, 1, after(hour))).toEqual({ action: "stop", reason: "unsubscribed" });
    expect((await sequence(cart))!.stopReason).toBe("unsubscribed");
    expect(await capture(cart, { email: "Alan.Turing@Example.com", at: after(2 * hour) })).toBe(false);
    expect(await waitingSteps(cart)).toEqual([expect.objectContaining({ step: 1 })]);
    expect(await step(cart, 1, after(3 * hour))).toEqual({ outcome: "ended" });
    expect(await messages(cart)).toEqual([]);
    expect(await outbox(cart)).toEqual([]);
  });

  it("waits out quiet hours in the shopper's time zone", async () => {
    // Left at 14:00 UTC; step 1 is due at 15:00 UTC, midnight in Tokyo: it waits for 08:00 there (23:00 UTC).
    const leftLate = after(4 * hour);
    const cart = await shopper(await mug());
    await capture(cart, { email: "hokusai@example.jp", timeZone: "Asia/Tokyo", at: leftLate });
    expect((await sequence(cart))!.timeZone).toBe("Asia/Tokyo");
    const morningInTokyo = after(13 * hour);
    expect(await step(cart, 1, after(hour, leftLate))).toEqual({ action: "wait", until: morningInTokyo, reason: "quiet_hours" });
    expect(await waitingSteps(cart)).toContainEqual({ step: 1, startAfter: after(hour, leftLate) });
    expect(await step(cart, 1, morningInTokyo)).toMatchObject({ action: "send" });
  });

  it("without marketing consent sends the first reminder only, with no incentive", async () => {
    const cart = await shopper(await mug());
    await capture(cart, { email: "private@example.com", consent: false });
    expect(await step(cart, 1, after(hour))).toMatchObject({ action: "send", incentiveCode: null });
    expect(await step(cart, 2, after(24 * hour))).toEqual({ action: "stop", reason: "no_consent" });
    expect(await step(cart, 3, after(72 * hour))).toEqual({ outcome: "ended" });
    expect((await messages(cart)).map((m) => [m.step, m.incentiveCode])).toEqual([[1, null]]);
  });

  it("the last step carries a single-use code that works once", async () => {
    const cart = await shopper(await mug());
    await capture(cart, { email: "hopper@example.com" });
    await step(cart, 1, after(hour));
    await step(cart, 2, after(24 * hour));
    const last = await step(cart, 3, after(72 * hour));
    expect(last).toMatchObject({ action: "send", incentiveCode: expect.stringMatching(/^BACK-[0-9A-F]{10}$/) });
    const code = (last as { incentiveCode: string }).incentiveCode;
    expect((await messages(cart)).map((m) => [m.step, m.incentiveCode])).toEqual([[1, null], [2, null], [3, code]]);
    expect((await outbox(cart))[2]!.params).toMatchObject({ step: 3, incentiveCode: code });
    expect((await sequence(cart))!.stopReason).toBe("finished");
    expect(await waitingSteps(cart)).not.toContainEqual(expect.objectContaining({ step: 4 }));

    const [coupon] = await queryRows<{ kind: string; value: number; usageLimit: number; expiresAt: Date }>(
      context.handle.db,
      sql`select kind, value, usage_limit as "usageLimit", expires_at as "expiresAt" from coupons where code = ${code}`,
    );
    expect(coupon).toMatchObject({ kind: "percent", value: 10, usageLimit: 1 });
    expect(new Date(coupon!.expiresAt)).toEqual(after(72 * hour + 7 * 24 * hour));

    const quoted = async (ref: CartRef) => {
      const view = await getCartView(context.handle.db, { ...ref, locale: "en" });
      const destination = { country: "US", postalCode: "97201", region: "OR" };
      const pricing = { rules: context.rules, destination, guessed: false, taxRate: taxRateFor(context.rules.taxRates, destination), at: new Date() };
      return quoteCart(context.handle.db, view!, pricing, { isFirstOrder: false });
    };
    await setCartCoupon(context.handle.db, { ...cart, code });
    expect((await quoted(cart)).coupon).toEqual({ code, applied: true });
    expect(await order(cart)).toMatchObject({ status: "placed" });

    const another = await shopper(await mug());
    await setCartCoupon(context.handle.db, { ...another, code });
    expect((await quoted(another)).coupon).toEqual({ code, applied: false, error: { code: "usage_limit" } });
  });

  it("a step due through the job queue goes out once the worker gets it", async () => {
    // The other tests' steps stay parked: this worker is here for one cart.
    await context.handle.db.execute(sql`update pgboss.job set start_after = now() + interval '1 day' where name = 'recovery-step' and state = 'created'`);
    const worker = createJobQueue(context.handle);
    await worker.start();
    try {
      // The worker runs on the real clock: the shopper left two hours ago, and the store has no quiet hours.
      await startRecoveryJobs(worker, async () => context.handle.db, { pollingIntervalSeconds: 0.5, settings: { ...settings, quietHours: { from: "00:00", to: "00:00" } } });
      const cart = await shopper(await mug());
      await capture(cart, { email: "worker@example.com", at: new Date(Date.now() - 2 * hour) });
      await context.handle.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'recovery-step' and singleton_key = ${`recovery:${cart.cartId}:1`} and state = 'created'`,
      );
      await expect.poll(async () => (await messages(cart)).length, { timeout: 10_000, interval: 100 }).toBe(1);
      expect(await outbox(cart)).toHaveLength(1);
      expect(await waitingSteps(cart)).toContainEqual(expect.objectContaining({ step: 2 }));
    } finally {
      await worker.stop();
    }
  });

  it.runIf(target.name === "postgres")("the same step is never sent twice, with two instances racing on it", async () => {
    const other = await context.handle.openAnother!();
    const cart = await shopper(await mug());
    await capture(cart, { email: "race@example.com" });
    const runs = await Promise.all(Array.from({ length: 16 }, (_, run) => step(cart, 1, after(hour), { on: run % 2 ? other.db : context.handle.db })));
    expect(runs.filter((run) => "action" in run && run.action === "send")).toHaveLength(1);
    expect(runs.filter((run) => "outcome" in run && run.outcome === "already_sent")).toHaveLength(15);
    expect(await messages(cart)).toHaveLength(1);
    expect(await outbox(cart)).toHaveLength(1);
    expect((await waitingSteps(cart)).filter((job) => job.step === 2)).toHaveLength(1);
  });
});

describe.each(testDatabases())("the recovery report on $name", (target) => {
  let context: Context;
  beforeAll(async () => {
    context = await openStore(target);
  });
  afterAll(async () => context?.handle.close());
  const { shopper, capture, step, order } = storeActions(() => context, "f");

  it("counts carts abandoned, reminders per step, clicks, restores, and orders recovered with their value", async () => {
    const mug = await context.variant("stoneware-mug", { color: "navy" });
    // On the real clock here: no quiet hours, whatever the time.
    const anyHour = { ...settings, quietHours: { from: "00:00", to: "00:00" } };
    const now = new Date();
    const twoHoursAgo = new Date(now.getTime() - 2 * hour);
    // Long ago: outside the period.
    const old = await shopper(mug);
    await capture(old, { email: "old@example.com", at: new Date(now.getTime() - 60 * 24 * hour) });

    const [won, clickedOnly, ignored] = [await shopper(mug, 2), await shopper(mug), await shopper(mug)];
    for (const [cart, email] of [[won, "won@example.com"], [clickedOnly, "clicked@example.com"], [ignored, "ignored@example.com"]] as const) {
      await capture(cart, { email, at: twoHoursAgo });
      await step(cart, 1, new Date(twoHoursAgo.getTime() + hour), { with: anyHour });
    }
    expect(await step(ignored, 2, new Date(twoHoursAgo.getTime() + 100 * minute), { with: { ...anyHour, delays: [hour, 90 * minute] } })).toMatchObject({ action: "send" });
    await context.handle.db.execute(
      sql`update recovery_messages set clicked_at = now(), restored_at = case when cart_id = ${won.cartId}::uuid then now() end where cart_id in (${won.cartId}::uuid, ${clickedOnly.cartId}::uuid)`,
    );
    const placed = await order(won);
    const declined = await order(clickedOnly, { paymentMethod: "card", card: declinedCard });
    expect([placed.status, declined.status]).toEqual(["placed", "payment_failed"]);
    const [{ total }] = (await queryRows<{ total: number }>(context.handle.db, sql`select total from orders where cart_id = ${won.cartId}`)) as [{ total: number }];

    const report = await recoveryReport(context.handle.db, { from: new Date(now.getTime() - 30 * 24 * hour), to: new Date(Date.now() + minute) });
    expect(report).toMatchObject({
      abandoned: 3,
      reminders: [
        { step: 1, channel: "email", sent: 3, clicked: 2, restored: 1 },
        { step: 2, channel: "email", sent: 1, clicked: 0, restored: 0 },
      ],
      recovered: [{ currency: "USD", orders: 1, value: total }],
    });
    expect(total).toBeGreaterThan(0);
  });
});

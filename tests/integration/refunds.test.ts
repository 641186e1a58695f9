import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { markOrderPaid } from "@/lib/admin/order-actions";
import { gatewayRefundKey, refundOrder } from "@/lib/admin/refunds";
import { createTestGateway, type TestGateway } from "@/lib/payments/test-gateway";
import { databaseLedger } from "@/lib/payments/test-gateway-ledger";
import { OutcomeUnknownError, type PaymentGateway, type RefundOptions } from "@/lib/payments/types";
import type { PricingRules } from "@/lib/pricing/types";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { orderPlacer } from "../support/orders";
import { guestShoppers } from "../support/shoppers";

const actor = { id: null, email: "staff@example.com" };

type Method = "card" | "cash_on_delivery" | "bank_transfer";

describe.each(testDatabases())("refunds on $name", (target) => {
  let handle: DatabaseHandle;
  let rules: PricingRules;
  let mug: number;
  /** The test gateway with its ledger in the database, as the running store has it. */
  let gateway: TestGateway;
  beforeAll(async () => {
    // Racing refunds need connections of their own on PostgreSQL.
    const opened = await openWithCatalog(target, { poolMax: 8 });
    handle = opened.handle;
    mug = await opened.variant("stoneware-mug", { color: "navy" });
    await handle.db.execute(sql`update inventory set on_hand = 10000, reserved = 0 where variant_id = ${mug}`);
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
    gateway = createTestGateway({ ledger: databaseLedger(handle.db) });
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "d");

  const placeFor = orderPlacer({ db: () => handle.db, shoppers, rules: () => rules, gateway: () => gateway, emailPrefix: "refund" });
  /** An order of `quantity` mugs, placed and (for a card) paid. */
  const placed = (paymentMethod: Method, quantity = 1) => placeFor(mug, paymentMethod, quantity);

  /** Passes refunds on to `refund` (the real gateway by default), counting them. */
  function counting(refund: (paymentId: string, options?: RefundOptions) => Promise<{ id: string }> = (id, options) => gateway.refund(id, options)) {
    const calls: { paymentId: string; options?: RefundOptions }[] = [];
    const wrapper: PaymentGateway = {
      kind: "test",
      charge: (request) => gateway.charge(request),
      refund: (paymentId, options) => {
        calls.push({ paymentId, options });
        return refund(paymentId, options);
      },
    };
    return { gateway: wrapper, calls };
  }

  const refund = (number: number, amount: number, options: { gateway?: PaymentGateway; idempotencyKey?: string; reason?: string } = {}) =>
    refundOrder(handle.db, options.gateway ?? gateway, { number, amount, reason: options.reason ?? "damaged", idempotencyKey: options.idempotencyKey ?? crypto.randomUUID(), actor });

  const refundRows = (number: number) =>
    queryRows<{ id: number; amount: number; currency: string; status: string; providerRefundId: string | null; createdBy: string; reason: string | null }>(
      handle.db,
      sql`select r.id, r.amount, r.currency, r.status, r.provider_refund_id as "providerRefundId", r.created_by as "createdBy", r.reason
          from refunds r join orders o on o.id = r.order_id where o.number = ${number} order by r.id`,
    );
  const events = (number: number) =>
    queryRows<{ type: string; actor: string; data: Record<string, unknown> }>(
      handle.db,
      sql`select e.type, e.actor, e.data from order_events e join orders o on o.id = e.order_id where o.number = ${number} and e.type = 'refunded' order by e.id`,
    );
  const audits = (number: number, action = "order.refund") =>
    queryRows<{ actorEmail: string; after: Record<string, unknown> }>(
      handle.db,
      sql`select actor_email as "actorEmail", after from admin_audit where subject_type = 'order' and subject_id = ${String(number)} and action = ${action} order by id`,
    );
  const paymentOf = async (number: number) =>
    (
      await queryRows<{ status: string; providerPaymentId: string | null }>(
        handle.db,
        sql`select p.status, p.provider_payment_id as "providerPaymentId" from payments p join orders o on o.id = p.order_id where o.number = ${number}`,
      )
    )[0]!;
  /** What the test gateway's own ledger says it gave back of the order's charge. */
  const gatewayRefunded = async (number: number) => {
    const { providerPaymentId } = await paymentOf(number);
    const [row] = await queryRows<{ refundedAmount: number; refunded: boolean }>(
      handle.db,
      sql`select refunded_amount as "refundedAmount", refunded from test_gateway_charges where result->>'paymentId' = ${providerPaymentId}`,
    );
    return row!;
  };

  it("refunds a card order in part, then the rest; a third refund is too much, with nothing available", async () => {
    const order = await placed("card", 2);
    const part = Math.floor(order.total / 3);
    const first = await refund(order.number, part);
    expect(first).toEqual({ ok: true, refundId: expect.any(Number), status: "succeeded" });
    expect((await paymentOf(order.number)).status).toBe("succeeded");
    expect(await gatewayRefunded(order.number)).toEqual({ refundedAmount: part, refunded: false });

    const rest = await refund(order.number, order.total - part);
    expect(rest).toMatchObject({ ok: true, status: "succeeded" });
    expect(await refund(order.number, 1)).toEqual({ ok: false, reason: "too_much", available: 0 });

    const rows = await refundRows(order.number);
    expect(rows).toEqual([
      { id: (first as { refundId: number }).refundId, amount: part, currency: order.currency, status: "succeeded", providerRefundId: expect.stringMatching(/^test_re_/), createdBy: actor.email, reason: "damaged" },
      { id: (rest as { refundId: number }).refundId, amount: order.total - part, currency: order.currency, status: "succeeded", providerRefundId: expect.stringMatching(/^test_re_/), createdBy: actor.email, reason: "damaged" },
    ]);
    expect(await events(order.number)).toEqual(rows.map((row) => ({ type: "refunded", actor: actor.email, data: { amount: row.amount, currency: order.currency, refundId: row.id } })));
    expect(await audits(order.number)).toHaveLength(2);
    expect((await audits(order.number))[1]).toMatchObject({ actorEmail: actor.email, after: { refundId: rows[1]!.id, amount: order.total - part, refunded: order.total } });
    expect((await paymentOf(order.number)).status).toBe("refunded");
    expect(await gatewayRefunded(order.number)).toEqual({ refundedAmount: order.total, refunded: true });
  });

  it("refuses a refund larger than the payment, and writes nothing", async () => {
    const order = await placed("card");
    const { gateway: wrapper, calls } = counting();
    expect(await refund(order.number, order.total + 1, { gateway: wrapper })).toEqual({ ok: false, reason: "too_much", available: order.total });
    for (const amount of [0, -5, 10.5]) expect(await refund(order.number, amount, { gateway: wrapper })).toEqual({ ok: false, reason: "too_much", available: order.total });
    expect(calls).toHaveLength(0);
    expect(await refundRows(order.number)).toEqual([]);
    expect(await events(order.number)).toEqual([]);
    expect(await audits(order.number)).toEqual([]);
    expect((await paymentOf(order.number)).status).toBe("succeeded");
  });

  it("the same idempotency key twice is one refund and one gateway refund", async () => {
    const order = await placed("card");
    const { gateway: wrapper, calls } = counting();
    const idempotencyKey = crypto.randomUUID();
    const first = await refund(order.number, 500, { gateway: wrapper, idempotencyKey });
    const again = await refund(order.number, 500, { gateway: wrapper, idempotencyKey });
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(calls).toEqual([{ paymentId: (await paymentOf(order.number)).providerPaymentId, options: { amount: 500, idempotencyKey: gatewayRefundKey(idempotencyKey) } }]);
    expect(await refundRows(order.number)).toHaveLength(1);
    expect(await events(order.number)).toHaveLength(1);
    expect(await audits(order.number)).toHaveLength(1);
    expect(await gatewayRefunded(order.number)).toMatchObject({ refundedAmount: 500 });
  });

  it("a double submit at once is still one refund, at the gateway too", async () => {
    const order = await placed("card");
    const idempotencyKey = crypto.randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => refund(order.number, 700, { idempotencyKey })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => (result.ok ? result.refundId : null))).size).toBe(1);
    expect(await refundRows(order.number)).toHaveLength(1);
    expect(await events(order.number)).toHaveLength(1);
    expect(await audits(order.number)).toHaveLength(1);
    expect(await gatewayRefunded(order.number)).toMatchObject({ refundedAmount: 700 });
  });

  it("two refunds of 60 % each at once: exactly one goes through", async () => {
    const order = await placed("card", 2);
    const amount = Math.ceil(order.total * 0.6);
    const { gateway: wrapper, calls } = counting();
    const results = await Promise.all([1, 2].map(() => refund(order.number, amount, { gateway: wrapper })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "too_much", available: order.total - amount }]);
    expect(calls).toHaveLength(1);
    expect(await refundRows(order.number)).toEqual([expect.objectContaining({ amount, status: "succeeded" })]);
    expect(await events(order.number)).toHaveLength(1);
    expect(await audits(order.number)).toHaveLength(1);
    expect(await gatewayRefunded(order.number)).toMatchObject({ refundedAmount: amount });
  });

  it("the gateway's own ledger takes two refunds of one payment at once in turn", async () => {
    const order = await placed("card", 2);
    const { providerPaymentId } = await paymentOf(order.number);
    const amount = Math.ceil(order.total * 0.6);
    const results = await Promise.allSettled([1, 2].map(() => gateway.refund(providerPaymentId!, { amount })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: new Error("amount_too_large") });
    expect(await gatewayRefunded(order.number)).toEqual({ refundedAmount: amount, refunded: false });
  });

  it("a gateway that refuses: gateway_failed, the refund failed, its amount available again", async () => {
    const order = await placed("card");
    const { gateway: refusing, calls } = counting(async () => {
      throw new Error("processing_error");
    });
    const idempotencyKey = crypto.randomUUID();
    expect(await refund(order.number, order.total, { gateway: refusing, idempotencyKey })).toEqual({ ok: false, reason: "gateway_failed", message: "processing_error" });
    expect(await refundRows(order.number)).toEqual([expect.objectContaining({ amount: order.total, status: "failed", providerRefundId: null })]);
    expect(await events(order.number)).toEqual([]);
    expect(await audits(order.number)).toEqual([]);
    expect(await audits(order.number, "order.refund_failed")).toEqual([
      { actorEmail: actor.email, after: expect.objectContaining({ amount: order.total, status: "failed", error: "processing_error" }) },
    ]);
    // The same key answers with the failure, without asking again.
    expect(await refund(order.number, order.total, { gateway: refusing, idempotencyKey })).toEqual({ ok: false, reason: "gateway_failed", message: "processing_error" });
    expect(calls).toHaveLength(1);
    // The amount is available again.
    expect(await refund(order.number, order.total)).toMatchObject({ ok: true });
    expect((await paymentOf(order.number)).status).toBe("refunded");
  });

  it("a refund whose gateway answer was lost stays pending, holds its amount, and the same key finishes it once", async () => {
    const order = await placed("card");
    // The gateway refunds, then the answer never arrives (a timeout).
    const { gateway: timingOut } = counting(async (paymentId, options) => {
      await gateway.refund(paymentId, options);
      throw new OutcomeUnknownError("timeout");
    });
    const idempotencyKey = crypto.randomUUID();
    expect(await refund(order.number, 800, { gateway: timingOut, idempotencyKey })).toEqual({ ok: false, reason: "gateway_failed", message: "timeout" });
    expect(await refundRows(order.number)).toEqual([expect.objectContaining({ amount: 800, status: "pending" })]);
    expect(await refund(order.number, order.total)).toEqual({ ok: false, reason: "too_much", available: order.total - 800 });

    const { gateway: wrapper, calls } = counting();
    const finished = await refund(order.number, 800, { gateway: wrapper, idempotencyKey });
    expect(finished).toMatchObject({ ok: true, status: "succeeded" });
    expect(calls).toHaveLength(1);
    expect(await refundRows(order.number)).toEqual([expect.objectContaining({ amount: 800, status: "succeeded", providerRefundId: expect.stringMatching(/^test_re_/) })]);
    expect(await gatewayRefunded(order.number)).toMatchObject({ refundedAmount: 800 });
    expect(await events(order.number)).toHaveLength(1);
    expect(await audits(order.number)).toHaveLength(1);
  });

  it("a crash before the gateway answered: retrying with the same key refunds once", async () => {
    const order = await placed("card");
    const idempotencyKey = crypto.randomUUID();
    // The process dies while the gateway is asked: the refund is left pending, the gateway never heard of it.
    const { gateway: dying } = counting(() => new Promise<never>(() => {}));
    void refund(order.number, 900, { gateway: dying, idempotencyKey });
    await expect.poll(async () => (await refundRows(order.number)).map((row) => row.status)).toEqual(["pending"]);

    expect(await refund(order.number, 900, { idempotencyKey })).toMatchObject({ ok: true, status: "succeeded" });
    expect(await refund(order.number, 900, { idempotencyKey })).toMatchObject({ ok: true, status: "succeeded" });
    expect(await refundRows(order.number)).toEqual([expect.objectContaining({ amount: 900, status: "succeeded" })]);
    expect(await gatewayRefunded(order.number)).toMatchObject({ refundedAmount: 900 });
    expect(await events(order.number)).toHaveLength(1);
    expect(await audits(order.number)).toHaveLength(1);
  });

  it("a cash-on-delivery order marked paid refunds without the gateway; so does a bank transfer", async () => {
    for (const method of ["cash_on_delivery", "bank_transfer"] as const) {
      const order = await placed(method);
      expect(await markOrderPaid(handle.db, { number: order.number, actor })).toEqual({ ok: true });
      const { gateway: wrapper, calls } = counting();
      const part = await refund(order.number, 300, { gateway: wrapper });
      expect(part).toMatchObject({ ok: true, status: "succeeded" });
      expect((await paymentOf(order.number)).status).toBe("succeeded");
      expect(await refund(order.number, order.total - 300, { gateway: wrapper })).toMatchObject({ ok: true, status: "succeeded" });
      expect(await refund(order.number, 1, { gateway: wrapper })).toEqual({ ok: false, reason: "too_much", available: 0 });
      expect(calls).toHaveLength(0);
      expect(await refundRows(order.number)).toEqual([
        expect.objectContaining({ amount: 300, status: "succeeded", providerRefundId: null }),
        expect.objectContaining({ amount: order.total - 300, status: "succeeded", providerRefundId: null }),
      ]);
      expect(await events(order.number)).toHaveLength(2);
      expect(await audits(order.number)).toHaveLength(2);
      expect((await paymentOf(order.number)).status).toBe("refunded");
    }
  });

  it("an unpaid order has nothing to refund; an unknown one is not found", async () => {
    const cod = await placed("cash_on_delivery");
    const transfer = await placed("bank_transfer");
    const { gateway: wrapper, calls } = counting();
    expect(await refund(cod.number, 100, { gateway: wrapper })).toEqual({ ok: false, reason: "nothing_paid" });
    expect(await refund(transfer.number, 100, { gateway: wrapper })).toEqual({ ok: false, reason: "nothing_paid" });
    expect(await refund(999_999_999, 100, { gateway: wrapper })).toEqual({ ok: false, reason: "not_found" });
    expect(calls).toHaveLength(0);
    expect(await refundRows(cod.number)).toEqual([]);
    expect(await audits(cod.number)).toEqual([]);
  });
});

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { loadAdminOrder } from "@/lib/admin/order-detail";
import { listOrders, orderListQuery } from "@/lib/admin/order-list";
import { addOrderNote, cancelOrder, fulfilOrder, markOrderPaid } from "@/lib/admin/order-actions";
import { loadOverviewFigures } from "@/lib/admin/overview";
import { createTestGateway } from "@/lib/payments/test-gateway";
import type { PricingRules } from "@/lib/pricing/types";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { orderPlacer, type TestPaymentMethod } from "../support/orders";
import { guestShoppers } from "../support/shoppers";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; email: string; role: string } } }));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => session.current }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const actor = { id: null, email: "staff@example.com" };

describe("who may act in the admin", () => {
  it("staff and admins; a shopper or a signed-out request is refused (and a page is a 404)", async () => {
    const { staffAction, staffPage, isRefusal } = await import("@/lib/admin/access");
    session.current = null;
    expect(isRefusal(await staffAction())).toBe(true);
    await expect(staffPage()).rejects.toThrow("NEXT_NOT_FOUND");
    session.current = { user: { id: "u1", email: "shopper@example.com", role: "shopper" } };
    expect(isRefusal(await staffAction())).toBe(true);
    await expect(staffPage()).rejects.toThrow("NEXT_NOT_FOUND");
    session.current = { user: { id: "u2", email: "staff@example.com", role: "staff" } };
    expect(await staffAction()).toEqual({ id: "u2", email: "staff@example.com", role: "staff" });
    session.current = { user: { id: "u3", email: "boss@example.com", role: "admin" } };
    expect(await staffPage()).toEqual({ id: "u3", email: "boss@example.com", role: "admin" });
  });
});

describe.each(testDatabases())("admin order actions on $name", (target) => {
  let handle: DatabaseHandle;
  let rules: PricingRules;
  let mug: number;
  const gateway = createTestGateway();
  beforeAll(async () => {
    // Racing staff need connections of their own on PostgreSQL.
    const opened = await openWithCatalog(target, { poolMax: 6 });
    handle = opened.handle;
    mug = await opened.variant("stoneware-mug", { color: "sage" });
    await handle.db.execute(sql`update inventory set on_hand = 500, reserved = 0 where variant_id = ${mug}`);
    const now = new Date();
    rules = seedPricingRules(now);
    await loadPricing(handle.db as never, { rules, coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const shoppers = guestShoppers(() => handle.db, "9");

  const placeFor = orderPlacer({ db: () => handle.db, shoppers, rules: () => rules, gateway: () => gateway, emailPrefix: "admin.order." });
  const placed = (paymentMethod: TestPaymentMethod, quantity = 2) => placeFor(mug, paymentMethod, quantity);

  const onHand = async () => (await queryRows<{ onHand: number }>(handle.db, sql`select on_hand as "onHand" from inventory where variant_id = ${mug}`))[0]!.onHand;
  const audits = (number: number) =>
    queryRows<{ action: string; actorEmail: string; before: unknown; after: unknown }>(
      handle.db,
      sql`select action, actor_email as "actorEmail", before, after from admin_audit where subject_type = 'order' and subject_id = ${String(number)} order by id`,
    );

  it("ships an order once, mailing the shopper in the same transaction, with an event and an audit row", async () => {
    const order = await placed("cash_on_delivery");
    expect(await fulfilOrder(handle.db, { number: order.number, carrier: "UPS", trackingNumber: "1Z999", actor })).toEqual({ ok: true });
    expect(await fulfilOrder(handle.db, { number: order.number, carrier: "DHL", trackingNumber: "X1", actor })).toEqual({ ok: false, reason: "already_fulfilled" });
    const detail = (await loadAdminOrder(handle.db, order.number))!;
    expect(detail.fulfillment).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999", shippedBy: actor.email });
    expect(detail.timeline.map((entry) => entry.kind)).toEqual(expect.arrayContaining(["placed", "fulfilled"]));
    const mails = await queryRows<{ template: string; to: string }>(handle.db, sql`select template, "to" from mail_outbox where dedupe_key like ${"order-shipped:%"} and "to" = ${order.email}`);
    expect(mails).toEqual([{ template: "order-shipped", to: order.email }]);
    expect(await audits(order.number)).toEqual([{ action: "order.fulfil", actorEmail: actor.email, before: null, after: { carrier: "UPS", trackingNumber: "1Z999" } }]);
  });

  it("a bank transfer ships only once marked paid; marking paid twice is refused", async () => {
    const order = await placed("bank_transfer");
    expect(await fulfilOrder(handle.db, { number: order.number, carrier: "UPS", trackingNumber: "1Z1", actor })).toEqual({ ok: false, reason: "not_shippable" });
    expect(await markOrderPaid(handle.db, { number: order.number, actor })).toEqual({ ok: true });
    expect(await markOrderPaid(handle.db, { number: order.number, actor })).toEqual({ ok: false, reason: "not_payable" });
    expect((await loadAdminOrder(handle.db, order.number))!).toMatchObject({ status: "paid", payment: { status: "succeeded" } });
    expect(await fulfilOrder(handle.db, { number: order.number, carrier: "UPS", trackingNumber: "1Z1", actor })).toEqual({ ok: true });
    expect((await audits(order.number)).map((row) => row.action)).toEqual(["order.mark_paid", "order.fulfil"]);
  });

  it("cancelling puts the units back on the shelf exactly once, even with two staff cancelling at the same moment", async () => {
    const before = await onHand();
    const order = await placed("cash_on_delivery", 3);
    expect(await onHand()).toBe(before - 3);
    const results = await Promise.all([
      cancelOrder(handle.db, { number: order.number, reason: "customer called", actor }),
      cancelOrder(handle.db, { number: order.number, reason: "duplicate", actor: { id: null, email: "other@example.com" } }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "not_cancellable" }]);
    expect(await onHand()).toBe(before);
    expect((await loadAdminOrder(handle.db, order.number))!.status).toBe("cancelled");
    expect((await audits(order.number)).map((row) => row.action)).toEqual(["order.cancel"]);
    // Shipped orders are not cancelled.
    const shipped = await placed("cash_on_delivery");
    await fulfilOrder(handle.db, { number: shipped.number, carrier: "UPS", trackingNumber: "1Z2", actor });
    expect(await cancelOrder(handle.db, { number: shipped.number, reason: "late", actor })).toEqual({ ok: false, reason: "not_cancellable" });
  });

  it("a paid card order is refunded before it is cancelled", async () => {
    const order = await placed("card");
    expect(await cancelOrder(handle.db, { number: order.number, reason: "changed mind", actor })).toEqual({ ok: false, reason: "refund_first" });
  });

  it("notes go on the timeline with their author; an unknown order is refused", async () => {
    const order = await placed("cash_on_delivery");
    expect(await addOrderNote(handle.db, { number: order.number, text: "Leave at the back door", actor })).toEqual({ ok: true });
    const timeline = (await loadAdminOrder(handle.db, order.number))!.timeline;
    expect(timeline).toContainEqual(expect.objectContaining({ kind: "note", actor: actor.email, detail: { text: "Leave at the back door" } }));
    expect(await addOrderNote(handle.db, { number: 999_999_999, text: "x", actor })).toEqual({ ok: false, reason: "not_found" });
    expect(await loadAdminOrder(handle.db, 999_999_999)).toBeNull();
  });

  it("lists orders searched by email, number and name, filtered and paged on the server", async () => {
    const order = await placed("cash_on_delivery");
    const byEmail = await listOrders(handle.db, orderListQuery.parse({ q: order.email.toUpperCase() }));
    expect(byEmail.rows.map((row) => row.number)).toEqual([order.number]);
    expect((await listOrders(handle.db, orderListQuery.parse({ q: String(order.number) }))).rows.map((row) => row.number)).toContain(order.number);
    const cash = await listOrders(handle.db, orderListQuery.parse({ payment: "cash_on_delivery", sort: "total", dir: "asc" }));
    expect(cash.rows.every((row) => row.paymentMethod === "cash_on_delivery")).toBe(true);
    expect(cash.total).toBeGreaterThanOrEqual(cash.rows.length);
    // Hostile input is ignored, not an error.
    const hostile = orderListQuery.parse({ q: "%_\\' or 1=1 --", status: "nope", page: "-3", sort: "drop table", country: "usa" });
    expect(hostile).toMatchObject({ status: undefined, page: 1, sort: "placed", country: undefined });
    expect((await listOrders(handle.db, hostile)).rows).toEqual([]);
  });

  it("the overview counts today's orders and revenue, and names products running low", async () => {
    const before = await loadOverviewFigures(handle.db, { lowStockAt: 5 });
    await placed("cash_on_delivery", 1);
    const after = await loadOverviewFigures(handle.db, { lowStockAt: 5 });
    expect(after.today.orders).toBe(before.today.orders + 1);
    expect(after.period.orders).toBeGreaterThanOrEqual(after.today.orders);
    expect(after.today.revenue[0]!.amount).toBeGreaterThan(before.today.revenue[0]?.amount ?? 0);
    // The lowest first, none above the threshold, named in English.
    const available = after.lowStock.map((item) => item.available);
    expect(available.length).toBeGreaterThan(0);
    expect(available).toEqual([...available].sort((a, b) => a - b));
    expect(available.every((count) => count <= 5)).toBe(true);
    expect(after.lowStock.every((item) => item.name.length > 0)).toBe(true);
    expect(after.failedJobs).toBeGreaterThanOrEqual(0);
  });
});

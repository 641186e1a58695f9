import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orderLines, orders, payments, webhookEvents } from "@/db/schema";
import { cardToKeep, handleStripeEvent, handledStripeEvents, verifyStripeEvent } from "@/lib/payments/stripe-webhook";
import { limitRules } from "@/lib/security/limits";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

// The route reads its configuration and database through these two modules; the tests swap them.
const state = vi.hoisted(() => ({
  env: {} as { STRIPE_SECRET_KEY?: string; STRIPE_WEBHOOK_SECRET?: string },
  db: null as Database | null,
}));
vi.mock("@/lib/env", () => ({ env: state.env, services: { mail: "dev-mailbox" } }));
vi.mock("@/db", () => ({
  getDb: async () => {
    if (!state.db) throw new Error("no test database");
    return state.db;
  },
}));

const secret = "whsec_test_secret_for_signatures";
// constructEvent and generateTestHeaderString are local HMAC work: no network call is made.
const stripe = new Stripe("sk_test_dummy");

interface IntentFields {
  id: string;
  payment_method?: string | null;
  setup_future_usage?: string | null;
  metadata?: Record<string, string>;
  latest_charge?: string | Record<string, unknown> | null;
  last_payment_error?: { type?: string; code?: string; decline_code?: string; message?: string } | null;
}

function eventPayload(type: string, intent: IntentFields, eventId = `evt_${randomUUID().replaceAll("-", "")}`) {
  return JSON.stringify({
    id: eventId,
    object: "event",
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        object: "payment_intent",
        amount: 4200,
        currency: "usd",
        status: type === "payment_intent.succeeded" ? "succeeded" : type === "payment_intent.canceled" ? "canceled" : "requires_payment_method",
        metadata: {},
        latest_charge: null,
        last_payment_error: null,
        ...intent,
      },
    },
  });
}

const sign = (payload: string, key = secret) => stripe.webhooks.generateTestHeaderString({ payload, secret: key });

function verified(payload: string): Stripe.Event {
  const event = verifyStripeEvent({ payload, signature: sign(payload), secret, stripe });
  if (!event) throw new Error("test event did not verify");
  return event;
}

describe.each(testDatabases())("Stripe webhook on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let mug: number;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    mug = await variant("stoneware-mug", { color: "navy" });
    await handle.db.execute(sql`update inventory set on_hand = 50, reserved = 0 where variant_id = ${mug}`);
    state.db = handle.db;
  });
  afterAll(async () => {
    state.db = null;
    await handle?.close();
  });

  const deliver = (payload: string) => handleStripeEvent(handle.db, verified(payload));

  const stock = async () => {
    const [row] = await queryRows<{ onHand: number; reserved: number }>(
      handle.db,
      sql`select on_hand as "onHand", reserved from inventory where variant_id = ${mug}`,
    );
    return row!;
  };

  /** A card order as checkout leaves it before the webhook: pending, its stock reserved, its payment bound to `intentId`. */
  async function seedOrder({ intentId, quantity = 2, visitorId = randomUUID() }: { intentId: string | null; quantity?: number; visitorId?: string }) {
    return handle.db.transaction(async (tx) => {
      const [order] = await tx
        .insert(orders)
        .values({
          idempotencyKey: randomUUID(),
          visitorId,
          email: "shopper@example.com",
          locale: "en",
          status: "pending_payment",
          paymentMethod: "card",
          currency: "USD",
          subtotal: 2100 * quantity,
          discount: 0,
          shipping: 0,
          tax: 0,
          taxIncluded: false,
          total: 2100 * quantity,
          shippingMethodId: "us-standard",
          deliveryWindow: { from: "2030-01-02", to: "2030-01-05" },
          shippingAddress: { fullName: "Ada Shopper", line1: "1 Main St", line2: null, city: "Springfield", region: "IL", postalCode: "62701", country: "US" },
          reservedUntil: new Date(Date.now() + 30 * 60_000),
        })
        .returning({ id: orders.id, number: orders.number });
      await tx.insert(orderLines).values({
        orderId: order!.id,
        variantId: mug,
        productSlug: "stoneware-mug",
        productName: "Stoneware mug",
        options: { color: "navy" },
        quantity,
        unitPrice: 2100,
        total: 2100 * quantity,
      });
      await tx.insert(payments).values({
        orderId: order!.id,
        provider: "stripe",
        providerPaymentId: intentId,
        amount: 2100 * quantity,
        currency: "USD",
        status: "pending",
      });
      await tx.execute(sql`update inventory set reserved = reserved + ${quantity} where variant_id = ${mug}`);
      return { orderId: order!.id, number: order!.number, quantity };
    });
  }

  const orderState = async (orderId: string) => {
    const [order] = await handle.db.select({ status: orders.status, stockSettled: orders.stockSettled }).from(orders).where(eq(orders.id, orderId));
    const [payment] = await handle.db.select().from(payments).where(eq(payments.orderId, orderId));
    return { ...order!, payment: payment! };
  };

  const storedEvent = async (id: string) => (await handle.db.select().from(webhookEvents).where(eq(webhookEvents.id, id)))[0];

  describe("signature verification", () => {
    const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_signature" }, "evt_signature");

    it("accepts a correctly signed payload and returns the parsed event", () => {
      const event = verifyStripeEvent({ payload, signature: sign(payload), secret, stripe });
      expect(event).toMatchObject({ id: "evt_signature", type: "payment_intent.succeeded", data: { object: { id: "pi_test_signature" } } });
    });

    it("refuses a tampered payload, the wrong secret, a missing or garbage header, and a signed non-JSON body", () => {
      const signature = sign(payload);
      expect(verifyStripeEvent({ payload: payload.replace("pi_test_signature", "pi_test_forged"), signature, secret, stripe })).toBeNull();
      expect(verifyStripeEvent({ payload, signature: sign(payload, "whsec_someone_else"), secret, stripe })).toBeNull();
      expect(verifyStripeEvent({ payload, signature: null, secret, stripe })).toBeNull();
      expect(verifyStripeEvent({ payload, signature: "", secret, stripe })).toBeNull();
      expect(verifyStripeEvent({ payload, signature: "t=1,v1=deadbeef", secret, stripe })).toBeNull();
      expect(verifyStripeEvent({ payload: "{not json", signature: sign("{not json"), secret, stripe })).toBeNull();
    });

    it("refuses a correctly signed but stale event (replay outside the tolerance)", () => {
      const stale = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect(verifyStripeEvent({ payload, signature: stale, secret, stripe })).toBeNull();
    });
  });

  it("applies a delivery twice only once: paid once, stock committed once", async () => {
    const before = await stock();
    const { orderId, quantity } = await seedOrder({ intentId: "pi_test_123" });
    expect(await stock()).toEqual({ onHand: before.onHand, reserved: before.reserved + quantity });

    const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_123", metadata: { orderId } }, "evt_twice");
    expect(await deliver(payload)).toBe("applied");
    expect(await deliver(payload)).toBe("duplicate");

    expect(await orderState(orderId)).toMatchObject({ status: "paid", stockSettled: true, payment: { status: "succeeded", providerPaymentId: "pi_test_123" } });
    expect(await stock()).toEqual({ onHand: before.onHand - quantity, reserved: before.reserved });
    expect(await storedEvent("evt_twice")).toMatchObject({ provider: "stripe", type: "payment_intent.succeeded" });
  });

  it("handles concurrent deliveries of the same event once", async () => {
    const before = await stock();
    const { orderId, quantity } = await seedOrder({ intentId: "pi_test_concurrent" });
    const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_concurrent" }, "evt_concurrent");
    const results = await Promise.all([deliver(payload), deliver(payload), deliver(payload)]);
    expect(results.filter((r) => r === "applied")).toHaveLength(1);
    expect(results.filter((r) => r === "duplicate")).toHaveLength(2);
    expect((await orderState(orderId)).status).toBe("paid");
    expect(await stock()).toEqual({ onHand: before.onHand - quantity, reserved: before.reserved });
  });

  it("records nothing when applying fails, so Stripe's redelivery still applies the event", async () => {
    const { orderId, quantity } = await seedOrder({ intentId: "pi_test_crash" });
    // Break the reservation so committing the stock violates `reserved >= 0` mid-apply.
    await handle.db.execute(sql`update inventory set reserved = reserved - ${quantity} where variant_id = ${mug}`);
    const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_crash" }, "evt_crash");
    const reservedBefore = (await stock()).reserved;
    if (reservedBefore >= quantity) {
      // Other orders' reservations would absorb the decrement; make sure this one cannot.
      await handle.db.execute(sql`update inventory set reserved = 0 where variant_id = ${mug}`);
    }
    await expect(deliver(payload)).rejects.toThrow();
    expect(await storedEvent("evt_crash")).toBeUndefined();
    expect(await orderState(orderId)).toMatchObject({ status: "pending_payment", stockSettled: false, payment: { status: "pending" } });

    await handle.db.execute(sql`update inventory set reserved = ${reservedBefore + quantity} where variant_id = ${mug}`);
    expect(await deliver(payload)).toBe("applied");
    expect(await storedEvent("evt_crash")).toBeDefined();
    expect((await orderState(orderId)).status).toBe("paid");
    expect(await deliver(payload)).toBe("duplicate");
  });

  it("takes the card brand and last digits from an expanded charge", async () => {
    const { orderId } = await seedOrder({ intentId: "pi_test_expanded" });
    const charge = { id: "ch_test_1", object: "charge", payment_method_details: { type: "card", card: { brand: "visa", last4: "4242" } } };
    expect(await deliver(eventPayload("payment_intent.succeeded", { id: "pi_test_expanded", latest_charge: charge }))).toBe("applied");
    expect((await orderState(orderId)).payment).toMatchObject({ cardBrand: "visa", cardLast4: "4242" });
  });

  it("out of order: a failure then a success still ends paid, with stock taken exactly once", async () => {
    const before = await stock();
    const { orderId, quantity } = await seedOrder({ intentId: "pi_test_fail_then_ok" });
    const failed = eventPayload("payment_intent.payment_failed", {
      id: "pi_test_fail_then_ok",
      last_payment_error: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
    });
    expect(await deliver(failed)).toBe("applied");
    expect(await orderState(orderId)).toMatchObject({ status: "payment_failed", payment: { status: "failed", failureCode: "insufficient_funds" } });
    expect(await stock()).toEqual(before);

    expect(await deliver(eventPayload("payment_intent.succeeded", { id: "pi_test_fail_then_ok" }))).toBe("applied");
    expect(await orderState(orderId)).toMatchObject({ status: "paid", payment: { status: "succeeded", failureCode: null } });
    expect(await stock()).toEqual({ onHand: before.onHand - quantity, reserved: before.reserved });
  });

  it("counts a decline against the order's browser once per event, and not a fault on Stripe's side", async () => {
    const visitorId = randomUUID();
    const [rule] = limitRules("cardDecline", { visitor: visitorId });
    const hits = async () => (await queryRows<{ hits: number }>(handle.db, sql`select hits from rate_limits where bucket = ${rule!.bucket}`))[0]?.hits ?? 0;
    await seedOrder({ intentId: "pi_test_declined_1", visitorId });
    await seedOrder({ intentId: "pi_test_fault_1", visitorId });
    const declined = eventPayload("payment_intent.payment_failed", { id: "pi_test_declined_1", last_payment_error: { type: "card_error", code: "card_declined" } }, "evt_declined_1");
    expect(await deliver(declined)).toBe("applied");
    expect(await deliver(declined)).toBe("duplicate");
    expect(await hits()).toBe(1);
    expect(await deliver(eventPayload("payment_intent.payment_failed", { id: "pi_test_fault_1", last_payment_error: { type: "api_error", code: "api_error" } }))).toBe("applied");
    expect(await hits()).toBe(1);
  });

  it("out of order: a late failure after a success changes nothing", async () => {
    const before = await stock();
    const { orderId, quantity } = await seedOrder({ intentId: "pi_test_ok_then_fail" });
    expect(await deliver(eventPayload("payment_intent.succeeded", { id: "pi_test_ok_then_fail" }))).toBe("applied");
    expect(await deliver(eventPayload("payment_intent.payment_failed", { id: "pi_test_ok_then_fail", last_payment_error: { code: "card_declined" } }))).toBe(
      "ignored",
    );
    expect(await orderState(orderId)).toMatchObject({ status: "paid", payment: { status: "succeeded", failureCode: null } });
    expect(await stock()).toEqual({ onHand: before.onHand - quantity, reserved: before.reserved });
  });

  it("maps failure codes: decline code, else error code, else card_declined; a cancelled intent is expired", async () => {
    const cases: [IntentFields["last_payment_error"], string][] = [
      [{ code: "card_declined", decline_code: "lost_card" }, "lost_card"],
      [{ code: "expired_card" }, "expired_card"],
      [null, "card_declined"],
    ];
    for (const [index, [error, code]] of cases.entries()) {
      const id = `pi_test_codes_${index}`;
      const { orderId } = await seedOrder({ intentId: id });
      expect(await deliver(eventPayload("payment_intent.payment_failed", { id, last_payment_error: error }))).toBe("applied");
      expect((await orderState(orderId)).payment.failureCode).toBe(code);
    }

    const before = await stock();
    const { orderId } = await seedOrder({ intentId: "pi_test_canceled" });
    expect(await deliver(eventPayload("payment_intent.canceled", { id: "pi_test_canceled" }))).toBe("applied");
    expect(await orderState(orderId)).toMatchObject({ status: "payment_failed", stockSettled: true, payment: { status: "failed", failureCode: "expired" } });
    expect(await stock()).toEqual(before);
  });

  it("finds the order by the intent's metadata when the payment row has no intent id yet", async () => {
    const { orderId } = await seedOrder({ intentId: null });
    expect(await deliver(eventPayload("payment_intent.succeeded", { id: "pi_test_by_metadata", metadata: { orderId } }))).toBe("applied");
    expect(await orderState(orderId)).toMatchObject({ status: "paid", payment: { providerPaymentId: "pi_test_by_metadata" } });
  });

  it("does not let a replaced intent's failure fail the order", async () => {
    const { orderId } = await seedOrder({ intentId: "pi_test_current" });
    const stale = eventPayload("payment_intent.payment_failed", { id: "pi_test_replaced", metadata: { orderId } });
    expect(await deliver(stale)).toBe("ignored");
    expect(await orderState(orderId)).toMatchObject({ status: "pending_payment", payment: { status: "pending", providerPaymentId: "pi_test_current" } });
  });

  it("records but ignores an event for an unknown intent (bad metadata cannot break the query)", async () => {
    const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_unknown", metadata: { orderId: "not-a-uuid" } }, "evt_unknown");
    expect(await deliver(payload)).toBe("ignored");
    expect(await storedEvent("evt_unknown")).toBeDefined();
    expect(await deliver(payload)).toBe("duplicate");
  });

  it("names the card to keep only for a succeeded payment that was asked to save it", () => {
    const saving = { id: "pi_save", payment_method: "pm_card", setup_future_usage: "off_session", metadata: { orderId: randomUUID(), saveCardFor: "user-1" } };
    expect(cardToKeep(verified(eventPayload("payment_intent.succeeded", saving)))).toEqual({ userId: "user-1", paymentMethodId: "pm_card" });
    expect(cardToKeep(verified(eventPayload("payment_intent.payment_failed", saving)))).toBeNull();
    expect(cardToKeep(verified(eventPayload("payment_intent.succeeded", { ...saving, setup_future_usage: null })))).toBeNull();
    expect(cardToKeep(verified(eventPayload("payment_intent.succeeded", { ...saving, metadata: { orderId: randomUUID() } })))).toBeNull();
  });

  it("ignores event types outside the allow-list and stores nothing", async () => {
    expect(handledStripeEvents).toEqual(["payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled"]);
    const { orderId } = await seedOrder({ intentId: "pi_test_other_types" });
    for (const type of ["payment_intent.created", "payment_intent.processing", "charge.succeeded"]) {
      const payload = eventPayload(type, { id: "pi_test_other_types", metadata: { orderId } }, `evt_other_${type.replaceAll(".", "_")}`);
      expect(await deliver(payload)).toBe("ignored");
      expect(await storedEvent(`evt_other_${type.replaceAll(".", "_")}`)).toBeUndefined();
    }
    expect((await orderState(orderId)).status).toBe("pending_payment");
  });

  describe("POST /api/webhooks/stripe", () => {
    const post = async (body: string, headers: Record<string, string> = {}) => {
      const { POST } = await import("@/app/api/webhooks/stripe/route");
      const response = await POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body, headers }));
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const configure = (values: typeof state.env) => {
      delete state.env.STRIPE_SECRET_KEY;
      delete state.env.STRIPE_WEBHOOK_SECRET;
      Object.assign(state.env, values);
    };

    it("is not there when Stripe is not configured", async () => {
      configure({});
      expect((await post("{}")).status).toBe(404);
    });

    it("refuses unsigned, badly signed and malformed bodies with 400, never 500", async () => {
      configure({ STRIPE_SECRET_KEY: "sk_test_dummy" });
      const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_route_unconfigured" });
      // No webhook secret configured: nothing can be verified.
      expect(await post(payload, { "stripe-signature": sign(payload) })).toEqual({ status: 400, body: { error: "invalid signature" } });

      configure({ STRIPE_SECRET_KEY: "sk_test_dummy", STRIPE_WEBHOOK_SECRET: secret });
      expect(await post(payload)).toEqual({ status: 400, body: { error: "invalid signature" } });
      expect(await post(payload, { "stripe-signature": sign(payload, "whsec_other") })).toEqual({ status: 400, body: { error: "invalid signature" } });
      expect(await post("\u0000garbage", { "stripe-signature": sign("\u0000garbage") })).toEqual({ status: 400, body: { error: "invalid signature" } });
      expect(await post("", { "stripe-signature": "t=1,v1=00" })).toEqual({ status: 400, body: { error: "invalid signature" } });
      // A body no Stripe event comes near is refused before it is read in full or verified.
      const huge = "x".repeat(2 * 1024 * 1024);
      expect(await post(huge, { "stripe-signature": sign(huge) })).toEqual({ status: 413, body: { error: "payload too large" } });
    });

    it("applies a signed event and answers a redelivery as a duplicate", async () => {
      configure({ STRIPE_SECRET_KEY: "sk_test_dummy", STRIPE_WEBHOOK_SECRET: secret });
      const { orderId } = await seedOrder({ intentId: "pi_test_route" });
      const payload = eventPayload("payment_intent.succeeded", { id: "pi_test_route" }, "evt_route");
      expect(await post(payload, { "stripe-signature": sign(payload) })).toEqual({ status: 200, body: { received: true, result: "applied" } });
      expect(await post(payload, { "stripe-signature": sign(payload) })).toEqual({ status: 200, body: { received: true, result: "duplicate" } });
      expect((await orderState(orderId)).status).toBe("paid");
    });
  });
});

import { describe, expect, it } from "vitest";
import { cardBrand, formatCardNumber, luhnValid, validateCard } from "./card";
import { createTestGateway, memoryVault, testCards } from "./test-gateway";
import type { CardDetails, ChargeRequest } from "./types";

const now = new Date("2030-06-15T12:00:00Z");
const paymentIdPattern = /^test_pi_[0-9A-Za-z]{24}$/;

let keys = 0;
function request(card: Partial<CardDetails> = {}, overrides: Partial<ChargeRequest> = {}): ChargeRequest {
  return {
    amount: 4200,
    currency: "USD",
    idempotencyKey: `order-${++keys}`,
    card: { number: "4242 4242 4242 4242", expiry: "12 / 34", cvc: "123", ...card },
    ...overrides,
  };
}

function gateway(options: { memoryLimit?: number } = {}) {
  return createTestGateway({ now: () => now, ...options });
}

describe("testCards", () => {
  it("are all valid cards, so only the gateway decides their outcome", () => {
    for (const card of testCards) {
      const amex = cardBrand(card.number) === "amex";
      const result = validateCard({ number: card.number, expiry: "12/34", cvc: amex ? "1234" : "123" }, now);
      expect(result.ok, card.number).toBe(true);
    }
  });

  it("are listed once each, with a label", () => {
    expect(new Set(testCards.map((card) => card.number)).size).toBe(testCards.length);
    for (const card of testCards) expect(card.label).not.toBe("");
  });

  it("include a succeeding card for the dev hint", () => {
    const visa = testCards.find((card) => card.outcome === "succeeded" && cardBrand(card.number) === "visa");
    expect(visa && formatCardNumber(visa.number)).toBe("4242 4242 4242 4242");
  });
});

describe("createTestGateway charge", () => {
  it("is the test kind", () => {
    expect(gateway().kind).toBe("test");
  });

  it.each([
    ["4242 4242 4242 4242", "123", "visa", "4242"],
    ["5555 5555 5555 4444", "123", "mastercard", "4444"],
    ["3782 822463 10005", "1234", "amex", "0005"],
  ] as const)("charges %s", async (number, cvc, brand, last4) => {
    const result = await gateway().charge(request({ number, cvc }));
    expect(result).toEqual({ status: "succeeded", paymentId: expect.stringMatching(paymentIdPattern), brand, last4 });
  });

  it.each([
    ["4000 0000 0000 0002", "card_declined"],
    ["4000 0000 0000 9995", "insufficient_funds"],
    ["4000 0000 0000 9987", "lost_card"],
    ["4000 0000 0000 0069", "expired_card"],
    ["4000 0000 0000 0127", "incorrect_cvc"],
    ["4000 0000 0000 0119", "processing_error"],
  ] as const)("declines %s with %s", async (number, code) => {
    const result = await gateway().charge(request({ number }));
    expect(result).toEqual({ status: "failed", paymentId: expect.stringMatching(paymentIdPattern), code });
  });

  it("gives every listed test card its outcome", async () => {
    const payments = gateway();
    for (const card of testCards) {
      const cvc = cardBrand(card.number) === "amex" ? "1234" : "123";
      const result = await payments.charge(request({ number: card.number, cvc }));
      expect(result.status === "succeeded" ? "succeeded" : result.code, card.number).toBe(card.outcome);
    }
  });

  it("declines any other valid card, as Stripe test mode refuses real cards", async () => {
    for (const number of ["4012888888881881", "5105105105105100", "371449635398431"]) {
      expect(luhnValid(number)).toBe(true);
      const cvc = cardBrand(number) === "amex" ? "1234" : "123";
      expect(await gateway().charge(request({ number, cvc }))).toMatchObject({ status: "failed", code: "card_declined" });
    }
  });

  it("refuses an invalid number before creating a payment", async () => {
    expect(await gateway().charge(request({ number: "4242 4242 4242 4241" }))).toEqual({
      status: "failed",
      paymentId: null,
      code: "incorrect_number",
    });
    expect(await gateway().charge(request({ number: "4242" }))).toMatchObject({ paymentId: null, code: "incorrect_number" });
  });

  it("refuses a past expiry as expired", async () => {
    expect(await gateway().charge(request({ expiry: "05/30" }))).toEqual({ status: "failed", paymentId: null, code: "expired_card" });
  });

  it("refuses an impossible expiry (no finer code in PaymentFailureCode)", async () => {
    expect(await gateway().charge(request({ expiry: "13/30" }))).toEqual({ status: "failed", paymentId: null, code: "expired_card" });
  });

  it("refuses a bad CVC", async () => {
    const payments = gateway();
    expect(await payments.charge(request({ cvc: "12" }))).toEqual({ status: "failed", paymentId: null, code: "incorrect_cvc" });
    expect(await payments.charge(request({ cvc: "1234" }))).toMatchObject({ code: "incorrect_cvc" });
    expect(await payments.charge(request({ number: "378282246310005", cvc: "123" }))).toMatchObject({ code: "incorrect_cvc" });
  });

  it("reads the expiry against the injected clock", async () => {
    const card = { expiry: "06/30" };
    expect(await createTestGateway({ now: () => now }).charge(request(card))).toMatchObject({ status: "succeeded" });
    const july = createTestGateway({ now: () => new Date("2030-07-01T00:00:00Z") });
    expect(await july.charge(request(card))).toMatchObject({ status: "failed", code: "expired_card" });
  });

  it("gives each payment a fresh id", async () => {
    const payments = gateway();
    const ids = new Set<string | null>();
    for (let i = 0; i < 200; i++) ids.add((await payments.charge(request())).paymentId);
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(paymentIdPattern);
  });
});

describe("createTestGateway request checks", () => {
  it.each([0, -100, 12.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("throws a TypeError for amount %s", async (amount) => {
    await expect(gateway().charge(request({}, { amount }))).rejects.toThrow(TypeError);
  });

  it.each(["usd", "US", "USDD", "", "U$D"])("throws a TypeError for currency %j", async (currency) => {
    await expect(gateway().charge(request({}, { currency }))).rejects.toThrow(TypeError);
  });

  it("throws a TypeError for an empty or overlong idempotency key", async () => {
    await expect(gateway().charge(request({}, { idempotencyKey: "" }))).rejects.toThrow(TypeError);
    await expect(gateway().charge(request({}, { idempotencyKey: "k".repeat(256) }))).rejects.toThrow(TypeError);
    await expect(gateway().charge(request({}, { idempotencyKey: "k".repeat(255) }))).resolves.toMatchObject({ status: "succeeded" });
  });

  it("accepts the smallest and largest amounts", async () => {
    await expect(gateway().charge(request({}, { amount: 1 }))).resolves.toMatchObject({ status: "succeeded" });
    await expect(gateway().charge(request({}, { amount: Number.MAX_SAFE_INTEGER }))).resolves.toMatchObject({ status: "succeeded" });
  });
});

describe("createTestGateway idempotency", () => {
  it("returns the same payment for the same key", async () => {
    const payments = gateway();
    const first = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    const again = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    expect(again).toEqual(first);
    expect(again.paymentId).toMatch(paymentIdPattern);
  });

  it("replays the card however it was spaced", async () => {
    const payments = gateway();
    const first = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    const again = await payments.charge(request({ number: "4242424242424242", expiry: "12/34" }, { idempotencyKey: "order-1" }));
    expect(again.paymentId).toBe(first.paymentId);
  });

  it("replays a decline too, without charging again", async () => {
    const payments = gateway();
    const declined = request({ number: "4000000000009995" }, { idempotencyKey: "order-1" });
    const first = await payments.charge(declined);
    expect(first).toMatchObject({ status: "failed", code: "insufficient_funds" });
    expect(await payments.charge(declined)).toEqual(first);
  });

  it("replays concurrent requests as one payment", async () => {
    const payments = gateway();
    const results = await Promise.all([1, 2, 3].map(() => payments.charge(request({}, { idempotencyKey: "order-1" }))));
    expect(new Set(results.map((result) => result.paymentId)).size).toBe(1);
  });

  it("keeps different keys apart", async () => {
    const payments = gateway();
    const a = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    const b = await payments.charge(request({}, { idempotencyKey: "order-2" }));
    expect(a.paymentId).not.toBe(b.paymentId);
  });

  it("throws when a key is reused with a different amount", async () => {
    const payments = gateway();
    await payments.charge(request({}, { idempotencyKey: "order-1", amount: 4200 }));
    await expect(payments.charge(request({}, { idempotencyKey: "order-1", amount: 4300 }))).rejects.toThrow("idempotency_key_reused");
  });

  it("throws when a key is reused with a different currency or card", async () => {
    const payments = gateway();
    await payments.charge(request({}, { idempotencyKey: "order-1" }));
    await expect(payments.charge(request({}, { idempotencyKey: "order-1", currency: "EUR" }))).rejects.toThrow("idempotency_key_reused");
    await expect(payments.charge(request({ number: "5555555555554444" }, { idempotencyKey: "order-1" }))).rejects.toThrow(
      "idempotency_key_reused",
    );
    await expect(payments.charge(request({ number: "1" }, { idempotencyKey: "order-1" }))).rejects.toThrow("idempotency_key_reused");
  });

  it("lets the shopper correct a refused card under the same key", async () => {
    const payments = gateway();
    const typo = await payments.charge(request({ number: "4242 4242 4242 4241" }, { idempotencyKey: "order-1" }));
    expect(typo).toMatchObject({ paymentId: null, code: "incorrect_number" });
    const fixed = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    expect(fixed).toMatchObject({ status: "succeeded" });
  });

  it("forgets the oldest keys beyond its memory limit", async () => {
    const payments = gateway({ memoryLimit: 2 });
    const first = await payments.charge(request({}, { idempotencyKey: "order-1" }));
    await payments.charge(request({}, { idempotencyKey: "order-2" }));
    await payments.charge(request({}, { idempotencyKey: "order-3" }));
    // order-1 is forgotten: a different amount is now a new charge, not a reuse.
    const recharged = await payments.charge(request({}, { idempotencyKey: "order-1", amount: 1 }));
    expect(recharged.paymentId).not.toBe(first.paymentId);
    // order-3 is still remembered.
    await expect(payments.charge(request({}, { idempotencyKey: "order-3", amount: 1 }))).rejects.toThrow("idempotency_key_reused");
  });
});

describe("createTestGateway refund", () => {
  const refundIdPattern = /^test_re_[0-9A-Za-z]{24}$/;

  it("refunds all of a payment once", async () => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request());
    await expect(payments.refund(paymentId!)).resolves.toEqual({ id: expect.stringMatching(refundIdPattern) });
    await expect(payments.refund(paymentId!)).rejects.toThrow("charge_already_refunded");
    await expect(payments.refund(paymentId!, { amount: 1 })).rejects.toThrow("charge_already_refunded");
  });

  it("refunds in parts, never more than remains", async () => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request({}, { amount: 4200 }));
    const first = await payments.refund(paymentId!, { amount: 1000 });
    await expect(payments.refund(paymentId!, { amount: 3201 })).rejects.toThrow("amount_too_large");
    const second = await payments.refund(paymentId!, { amount: 3000 });
    expect(first.id).toMatch(refundIdPattern);
    expect(second.id).not.toBe(first.id);
    // Without an amount: all that remains (200), after which nothing does.
    await expect(payments.refund(paymentId!)).resolves.toEqual({ id: expect.stringMatching(refundIdPattern) });
    await expect(payments.refund(paymentId!, { amount: 1 })).rejects.toThrow("charge_already_refunded");
  });

  it("takes the whole amount in one part, and refuses more than was charged", async () => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request({}, { amount: 4200 }));
    await expect(payments.refund(paymentId!, { amount: 4201 })).rejects.toThrow("amount_too_large");
    await expect(payments.refund(paymentId!, { amount: 4200 })).resolves.toMatchObject({ id: expect.stringMatching(refundIdPattern) });
    await expect(payments.refund(paymentId!)).rejects.toThrow("charge_already_refunded");
  });

  it("answers a repeated idempotency key with the same refund, and refunds once", async () => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request({}, { amount: 4200 }));
    const first = await payments.refund(paymentId!, { amount: 3000, idempotencyKey: "refund-1" });
    expect(await payments.refund(paymentId!, { amount: 3000, idempotencyKey: "refund-1" })).toEqual(first);
    // Only 1200 remains: the replay did not take another 3000.
    await expect(payments.refund(paymentId!, { amount: 1201, idempotencyKey: "refund-2" })).rejects.toThrow("amount_too_large");
    await payments.refund(paymentId!, { amount: 1200, idempotencyKey: "refund-3" });
    // Once refunded in full, a key still answers with its refund.
    expect(await payments.refund(paymentId!, { amount: 3000, idempotencyKey: "refund-1" })).toEqual(first);
  });

  it("replays concurrent requests under one key as one refund", async () => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request({}, { amount: 4200 }));
    const results = await Promise.all([1, 2, 3].map(() => payments.refund(paymentId!, { amount: 2000, idempotencyKey: "refund-1" })));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    await expect(payments.refund(paymentId!, { amount: 2200 })).resolves.toBeDefined();
  });

  it("throws when a refund key is reused with another amount or payment", async () => {
    const payments = gateway();
    const a = await payments.charge(request());
    const b = await payments.charge(request());
    await payments.refund(a.paymentId!, { amount: 100, idempotencyKey: "refund-1" });
    await expect(payments.refund(a.paymentId!, { amount: 200, idempotencyKey: "refund-1" })).rejects.toThrow("idempotency_key_reused");
    await expect(payments.refund(a.paymentId!, { idempotencyKey: "refund-1" })).rejects.toThrow("idempotency_key_reused");
    await expect(payments.refund(b.paymentId!, { amount: 100, idempotencyKey: "refund-1" })).rejects.toThrow("idempotency_key_reused");
  });

  it.each([0, -100, 12.5, Number.NaN])("throws a TypeError for refund amount %s", async (amount) => {
    const payments = gateway();
    const { paymentId } = await payments.charge(request());
    await expect(payments.refund(paymentId!, { amount })).rejects.toThrow(TypeError);
  });

  it("knows no payment it did not take", async () => {
    const payments = gateway();
    await expect(payments.refund("test_pi_000000000000000000000000")).rejects.toThrow("resource_missing");
    const declined = await payments.charge(request({ number: "4000000000000002" }));
    await expect(payments.refund(declined.paymentId!)).rejects.toThrow("resource_missing");
    await expect(payments.refund(declined.paymentId!, { amount: 100 })).rejects.toThrow("resource_missing");
  });
});

describe("createTestGateway saved cards", () => {
  it("saves a card as a token with brand, last 4 and expiry, and keeps neither number nor CVC", async () => {
    const vault = memoryVault();
    const payments = createTestGateway({ now: () => now, vault });
    const saved = await payments.saveCard({ card: { number: "4242 4242 4242 4242", expiry: "12 / 34", cvc: "987" }, idempotencyKey: "save-1" });
    expect(saved).toEqual({ status: "saved", token: expect.stringMatching(/^test_pm_[0-9A-Za-z]{24}$/), brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 });
    if (saved.status !== "saved") throw new Error(saved.status);
    const kept = JSON.stringify(await vault.find(saved.token));
    expect(kept).not.toContain("4242424242424242");
    expect(kept).not.toContain("987");
  });

  it("answers the same key with the same token, and refuses a card that is not valid", async () => {
    const payments = gateway();
    const card = { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" };
    const first = await payments.saveCard({ card, idempotencyKey: "save-1" });
    expect(await payments.saveCard({ card, idempotencyKey: "save-1" })).toEqual(first);
    expect(await payments.saveCard({ card, idempotencyKey: "save-2" })).not.toEqual(first);
    expect(await payments.saveCard({ card: { ...card, number: "4242 4242 4242 4241" }, idempotencyKey: "save-3" })).toEqual({ status: "failed", code: "incorrect_number" });
  });

  it("charges a saved card by its token with the outcome of its number, once per key", async () => {
    const payments = gateway();
    const good = await payments.saveCard({ card: { number: "4242424242424242", expiry: "12/34", cvc: "123" }, idempotencyKey: "save-good" });
    const declined = await payments.saveCard({ card: { number: "4000000000000002", expiry: "12/34", cvc: "123" }, idempotencyKey: "save-declined" });
    if (good.status !== "saved" || declined.status !== "saved") throw new Error("not saved");
    const paid = await payments.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-1", token: good.token });
    expect(paid).toEqual({ status: "succeeded", paymentId: expect.stringMatching(paymentIdPattern), brand: "visa", last4: "4242" });
    expect(await payments.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-1", token: good.token })).toEqual(paid);
    await expect(payments.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-1", token: declined.token })).rejects.toThrow("idempotency_key_reused");
    expect(await payments.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-2", token: declined.token })).toMatchObject({ status: "failed", code: "card_declined" });
    expect(await payments.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-3", token: "test_pm_unknown" })).toEqual({ status: "failed", paymentId: null, code: "processing_error" });
  });

  it("declines a saved card once its expiry month is over", async () => {
    const card = { number: "4242424242424242", expiry: "06/30", cvc: "123" };
    const vault = memoryVault();
    const saved = await createTestGateway({ now: () => now, vault }).saveCard({ card, idempotencyKey: "save-1" });
    if (saved.status !== "saved") throw new Error(saved.status);
    const july = createTestGateway({ now: () => new Date("2030-07-01T00:00:00Z"), vault });
    expect(await july.charge({ amount: 4200, currency: "USD", idempotencyKey: "order-1", token: saved.token })).toEqual({ status: "failed", paymentId: null, code: "expired_card" });
  });

  it("needs exactly one of a card and a token", async () => {
    await expect(gateway().charge({ amount: 4200, currency: "USD", idempotencyKey: "order-1" })).rejects.toThrow(TypeError);
    await expect(gateway().charge({ ...request(), token: "test_pm_x" })).rejects.toThrow(TypeError);
  });
});

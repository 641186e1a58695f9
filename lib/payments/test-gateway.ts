import { createHash, randomBytes } from "node:crypto";
import { validateCard } from "./card";
import type { ChargeRequest, ChargeResult, PaymentFailureCode, PaymentGateway } from "./types";

export interface TestCard {
  /** Digits only; show it with `formatCardNumber`. */
  number: string;
  outcome: "succeeded" | PaymentFailureCode;
  label: string;
}

/** Stripe's documented test cards. Any other valid number is declined, as Stripe test mode refuses real cards. */
export const testCards: readonly TestCard[] = [
  { number: "4242424242424242", outcome: "succeeded", label: "Visa: payment succeeds" },
  { number: "5555555555554444", outcome: "succeeded", label: "Mastercard: payment succeeds" },
  { number: "2223003122003222", outcome: "succeeded", label: "Mastercard (2-series): payment succeeds" },
  { number: "378282246310005", outcome: "succeeded", label: "American Express: payment succeeds" },
  { number: "6011111111111117", outcome: "succeeded", label: "Discover: payment succeeds" },
  { number: "4000000000000002", outcome: "card_declined", label: "Card is declined" },
  { number: "4000000000009995", outcome: "insufficient_funds", label: "Declined: insufficient funds" },
  { number: "4000000000009987", outcome: "lost_card", label: "Declined: card reported lost" },
  { number: "4000000000000069", outcome: "expired_card", label: "Declined: card has expired" },
  { number: "4000000000000127", outcome: "incorrect_cvc", label: "Declined: incorrect CVC" },
  { number: "4000000000000119", outcome: "processing_error", label: "Declined: processing error" },
];

const outcomes = new Map(testCards.map((card) => [card.number, card.outcome]));

export interface TestGateway extends PaymentGateway {
  readonly kind: "test";
  refund(paymentId: string): Promise<void>;
}

export interface TestGatewayOptions {
  now?: () => Date;
  /** How many idempotency keys (and refundable payments) are remembered; the oldest are forgotten first. */
  memoryLimit?: number;
}

interface RememberedCharge {
  fingerprint: string;
  result: ChargeResult;
}

/** In-memory gateway with Stripe's test-card behaviour, for running the store without Stripe keys. */
export function createTestGateway({ now = () => new Date(), memoryLimit = 10_000 }: TestGatewayOptions = {}): TestGateway {
  const charges = new Map<string, RememberedCharge>();
  const payments = new Map<string, { refunded: boolean }>();

  return {
    kind: "test",

    async charge(request) {
      assertChargeRequest(request);
      const fingerprint = fingerprintOf(request);
      const previous = charges.get(request.idempotencyKey);
      if (previous) {
        if (previous.fingerprint !== fingerprint) throw new Error("idempotency_key_reused");
        return previous.result;
      }

      const card = validateCard(request.card, now());
      // Refused before a payment exists (Stripe.js would not even send it), so nothing is remembered
      // and the shopper may correct the card and retry under the same key.
      if (!card.ok) {
        return { status: "failed", paymentId: null, code: card.code === "invalid_expiry" ? "expired_card" : card.code };
      }

      const paymentId = newPaymentId();
      const outcome = outcomes.get(card.number) ?? "card_declined";
      const result: ChargeResult =
        outcome === "succeeded"
          ? { status: "succeeded", paymentId, brand: card.brand, last4: card.last4 }
          : { status: "failed", paymentId, code: outcome };
      remember(charges, request.idempotencyKey, { fingerprint, result }, memoryLimit);
      if (result.status === "succeeded") remember(payments, paymentId, { refunded: false }, memoryLimit);
      return result;
    },

    async refund(paymentId) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error("resource_missing");
      if (payment.refunded) throw new Error("charge_already_refunded");
      payment.refunded = true;
    },
  };
}

function assertChargeRequest(request: ChargeRequest): void {
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
    throw new TypeError(`Charge amount must be a positive integer of minor units, got ${request.amount}`);
  }
  if (!/^[A-Z]{3}$/.test(request.currency)) {
    throw new TypeError(`Charge currency must be an upper-case ISO 4217 code, got ${JSON.stringify(request.currency)}`);
  }
  if (request.idempotencyKey.length === 0 || request.idempotencyKey.length > 255) {
    throw new TypeError("Charge idempotency key must be 1 to 255 characters");
  }
}

/** Identifies the request's parameters without keeping the card number in memory. */
function fingerprintOf({ amount, currency, card }: ChargeRequest): string {
  const parts = [amount, currency, card.number.replace(/\D/g, ""), card.expiry.replace(/\D/g, ""), card.cvc.trim()];
  return createHash("sha256").update(parts.join("|")).digest("base64url");
}

function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  while (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function newPaymentId(): string {
  let id = "test_pi_";
  while (id.length < 8 + 24) {
    for (const byte of randomBytes(32)) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (byte < 248 && id.length < 8 + 24) id += base62.charAt(byte % 62);
    }
  }
  return id;
}

import { createHash, randomBytes } from "node:crypto";
import { cardExpired, validateCard } from "./card";
import type { CardBrand, CardDetails, ChargeRequest, ChargeResult, PaymentFailureCode, PaymentGateway, SaveCardResult, SavedCardFacts } from "./types";

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
  saveCard(request: { card: CardDetails; idempotencyKey: string }): Promise<SaveCardResult>;
}

/** A saved card as the vault keeps it: what the shopper recognises, and the outcome its number stands for. */
export interface VaultCard extends SavedCardFacts {
  brand: CardBrand;
  outcome: "succeeded" | PaymentFailureCode;
}

/**
 * Where the test gateway keeps saved cards, as Stripe keeps PaymentMethods on its side: in memory for
 * unit tests, in the store's database for the running store (lib/payments/test-gateway-vault.ts).
 */
export interface CardVault {
  /** Keeps `card` under `token` unless `idempotencyKey` saved one already; returns what is kept. */
  save(idempotencyKey: string, token: string, card: VaultCard): Promise<{ token: string; card: VaultCard }>;
  find(token: string): Promise<VaultCard | null>;
}

export function memoryVault(): CardVault {
  const cards = new Map<string, VaultCard>();
  const tokens = new Map<string, string>();
  return {
    async save(idempotencyKey, token, card) {
      const kept = tokens.get(idempotencyKey);
      if (kept) return { token: kept, card: cards.get(kept)! };
      tokens.set(idempotencyKey, token);
      cards.set(token, card);
      return { token, card };
    },
    async find(token) {
      return cards.get(token) ?? null;
    },
  };
}

/** What the gateway charged under one idempotency key. */
export interface LedgerEntry {
  fingerprint: string;
  result: ChargeResult;
}

/**
 * Where the test gateway keeps its charges, as a real gateway keeps them on its side: in memory for
 * unit tests, in the store's database for the running store (lib/payments/test-gateway-ledger.ts),
 * so that a charge made just before a crash is found again, not made twice.
 */
export interface ChargeLedger {
  /** Keeps `entry` under `key` unless something is there already; returns what is kept. */
  record(key: string, entry: LedgerEntry): Promise<LedgerEntry>;
  find(key: string): Promise<LedgerEntry | null>;
  /** Marks a successful payment refunded. */
  refund(paymentId: string): Promise<"refunded" | "missing" | "already_refunded">;
}

/** A ledger in process memory that forgets the oldest keys first once `limit` is reached. */
export function memoryLedger(limit = 10_000): ChargeLedger {
  const charges = new Map<string, LedgerEntry>();
  const payments = new Map<string, { refunded: boolean }>();
  return {
    async record(key, entry) {
      const kept = charges.get(key);
      if (kept) return kept;
      remember(charges, key, entry, limit);
      if (entry.result.status === "succeeded") remember(payments, entry.result.paymentId, { refunded: false }, limit);
      return entry;
    },
    async find(key) {
      return charges.get(key) ?? null;
    },
    async refund(paymentId) {
      const payment = payments.get(paymentId);
      if (!payment) return "missing";
      if (payment.refunded) return "already_refunded";
      payment.refunded = true;
      return "refunded";
    },
  };
}

export interface TestGatewayOptions {
  now?: () => Date;
  /** How many idempotency keys (and refundable payments) a memory ledger remembers. */
  memoryLimit?: number;
  ledger?: ChargeLedger;
  vault?: CardVault;
}

/** A gateway with Stripe's test-card behaviour, for running the store without Stripe keys. */
export function createTestGateway({
  now = () => new Date(),
  memoryLimit = 10_000,
  ledger = memoryLedger(memoryLimit),
  vault = memoryVault(),
}: TestGatewayOptions = {}): TestGateway {
  /** What the charge is made with: a checked card as typed or a saved card, or why it is refused before any payment. */
  async function chargeable(request: ChargeRequest): Promise<VaultCard | { refused: PaymentFailureCode }> {
    if (request.token !== undefined) {
      const saved = await vault.find(request.token);
      // Stripe answers an unknown PaymentMethod with an error, not a payment.
      if (!saved) return { refused: "processing_error" };
      return cardExpired(saved, now()) ? { refused: "expired_card" } : saved;
    }
    const card = validateCard(request.card!, now());
    // Refused before a payment exists (Stripe.js would not even send it), so nothing is remembered
    // and the shopper may correct the card and retry under the same key.
    if (!card.ok) return { refused: card.code === "invalid_expiry" ? "expired_card" : card.code };
    return { brand: card.brand, last4: card.last4, expMonth: card.month, expYear: card.year, outcome: outcomes.get(card.number) ?? "card_declined" };
  }

  return {
    kind: "test",

    async charge(request) {
      assertChargeRequest(request);
      const fingerprint = fingerprintOf(request);
      const previous = await ledger.find(request.idempotencyKey);
      if (previous) return sameRequest(previous, fingerprint);

      const card = await chargeable(request);
      if ("refused" in card) return { status: "failed", paymentId: null, code: card.refused };

      const paymentId = newPaymentId();
      const result: ChargeResult =
        card.outcome === "succeeded"
          ? { status: "succeeded", paymentId, brand: card.brand, last4: card.last4 }
          : { status: "failed", paymentId, code: card.outcome };
      // Two racing requests under one key: the first recorded wins and both answer with it.
      return sameRequest(await ledger.record(request.idempotencyKey, { fingerprint, result }), fingerprint);
    },

    async find(idempotencyKey) {
      return (await ledger.find(idempotencyKey))?.result ?? null;
    },

    async refund(paymentId) {
      const outcome = await ledger.refund(paymentId);
      if (outcome === "missing") throw new Error("resource_missing");
      if (outcome === "already_refunded") throw new Error("charge_already_refunded");
    },

    // Like creating a Stripe PaymentMethod: any well-formed card can be saved; whether a later
    // charge goes through is the bank's answer then (4000 0000 0000 0002 saves, and is declined).
    async saveCard({ card, idempotencyKey }) {
      const checked = validateCard(card, now());
      if (!checked.ok) return { status: "failed", code: checked.code === "invalid_expiry" ? "expired_card" : checked.code };
      const kept = await vault.save(idempotencyKey, newId("test_pm_"), {
        brand: checked.brand,
        last4: checked.last4,
        expMonth: checked.month,
        expYear: checked.year,
        outcome: outcomes.get(checked.number) ?? "card_declined",
      });
      const { brand, last4, expMonth, expYear } = kept.card;
      return { status: "saved", token: kept.token, brand, last4, expMonth, expYear };
    },
  };
}

function sameRequest(entry: LedgerEntry, fingerprint: string): ChargeResult {
  if (entry.fingerprint !== fingerprint) throw new Error("idempotency_key_reused");
  return entry.result;
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
  if ((request.card === undefined) === (request.token === undefined)) {
    throw new TypeError("Charge needs either a card or a saved card's token");
  }
}

/** Identifies the request's parameters without keeping the card number in memory. */
function fingerprintOf({ amount, currency, card, token }: ChargeRequest): string {
  const source = card ? [card.number.replace(/\D/g, ""), card.expiry.replace(/\D/g, ""), card.cvc.trim()] : ["token", token];
  return createHash("sha256").update([amount, currency, ...source].join("|")).digest("base64url");
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
  return newId("test_pi_");
}

/** A prefix and 24 random base62 characters, as Stripe's ids look. */
function newId(prefix: string): string {
  let id = prefix;
  while (id.length < prefix.length + 24) {
    for (const byte of randomBytes(32)) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (byte < 248 && id.length < prefix.length + 24) id += base62.charAt(byte % 62);
    }
  }
  return id;
}

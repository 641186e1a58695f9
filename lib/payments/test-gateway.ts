import { createHash, randomBytes } from "node:crypto";
import { cardExpired, validateCard } from "./card";
import type { CardBrand, CardDetails, ChargeRequest, ChargeResult, PaymentFailureCode, PaymentGateway, RefundOptions, RefundResult, SaveCardResult, SavedCardFacts } from "./types";

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
  refund(paymentId: string, options?: RefundOptions): Promise<RefundResult>;
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
  /** The amount charged, minor units: what a refund may give back (unknown for charges kept before refunds were partial). */
  amount?: number;
}

/** A refund as the ledger keeps it: its id, the amount given back, and the amount asked for (null: "all that remains"). */
export interface LedgerRefund {
  id: string;
  amount: number;
  requested: number | null;
}

/** A refund the gateway is asked for: `id` is the new refund's, used unless `idempotencyKey` already made one. */
export interface RefundRequest {
  id: string;
  amount?: number;
  idempotencyKey?: string;
}

export type RefundOutcome =
  | { status: "refunded"; refund: LedgerRefund }
  | { status: "missing" }
  | { status: "already_refunded" }
  | { status: "too_large"; remaining: number }
  | { status: "key_reused" };

/**
 * The one rule both ledgers follow, given a successful payment's amount, what was refunded of it,
 * and the refund its key made before (if any): a key answers with its refund; nothing may be given
 * back beyond what remains. `amount` null is a charge kept before its amount was: only a refund
 * without an amount (all that remains) or with one, while it is not refunded in full, is taken.
 */
export function decideRefund(
  payment: { amount: number | null; refunded: number; fullyRefunded: boolean; byKey: LedgerRefund | null },
  request: RefundRequest,
): RefundOutcome {
  const requested = request.amount ?? null;
  if (payment.byKey) return payment.byKey.requested === requested ? { status: "refunded", refund: payment.byKey } : { status: "key_reused" };
  const remaining = payment.fullyRefunded ? 0 : payment.amount === null ? Number.POSITIVE_INFINITY : payment.amount - payment.refunded;
  if (remaining <= 0) return { status: "already_refunded" };
  if (requested !== null && requested > remaining) return { status: "too_large", remaining };
  const amount = requested ?? (Number.isFinite(remaining) ? remaining : 0);
  return { status: "refunded", refund: { id: request.id, amount, requested } };
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
  /**
   * Gives back (part of) a successful payment, atomically: never more than remains of it, and a
   * refund's idempotency key answers with the refund it made (see `decideRefund`).
   */
  refund(paymentId: string, request: RefundRequest): Promise<RefundOutcome>;
}

interface MemoryPayment {
  amount: number | null;
  refunded: number;
  fullyRefunded: boolean;
  /** Refunds by idempotency key. */
  refunds: Map<string, LedgerRefund>;
}

/** A ledger in process memory that forgets the oldest keys first once `limit` is reached. */
export function memoryLedger(limit = 10_000): ChargeLedger {
  const charges = new Map<string, LedgerEntry>();
  const payments = new Map<string, MemoryPayment>();
  /** Which payment each refund key was used on: Stripe's keys are one namespace. */
  const refundKeys = new Map<string, string>();
  return {
    async record(key, entry) {
      const kept = charges.get(key);
      if (kept) return kept;
      remember(charges, key, entry, limit);
      if (entry.result.status === "succeeded") {
        remember(payments, entry.result.paymentId, { amount: entry.amount ?? null, refunded: 0, fullyRefunded: false, refunds: new Map() }, limit);
      }
      return entry;
    },
    async find(key) {
      return charges.get(key) ?? null;
    },
    async refund(paymentId, request) {
      const payment = payments.get(paymentId);
      const key = request.idempotencyKey;
      if (key !== undefined && refundKeys.has(key) && refundKeys.get(key) !== paymentId) return { status: "key_reused" };
      if (!payment) return { status: "missing" };
      const byKey = key === undefined ? null : (payment.refunds.get(key) ?? null);
      const outcome = decideRefund({ ...payment, byKey }, request);
      if (outcome.status !== "refunded" || byKey) return outcome;
      payment.refunded += outcome.refund.amount;
      payment.fullyRefunded = request.amount === undefined || (payment.amount !== null && payment.refunded >= payment.amount);
      if (key !== undefined) {
        payment.refunds.set(key, outcome.refund);
        remember(refundKeys, key, paymentId, limit);
      }
      return outcome;
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
      return sameRequest(await ledger.record(request.idempotencyKey, { fingerprint, result, amount: request.amount }), fingerprint);
    },

    async find(idempotencyKey) {
      return (await ledger.find(idempotencyKey))?.result ?? null;
    },

    // Stripe's answers and error codes: a partial refund leaves the rest refundable; asking for
    // more than remains is `amount_too_large`, for anything once nothing remains
    // `charge_already_refunded`; a repeated idempotency key answers with the refund it made.
    async refund(paymentId, options = {}) {
      assertRefundOptions(options);
      const outcome = await ledger.refund(paymentId, { id: newId("test_re_"), ...options });
      switch (outcome.status) {
        case "refunded":
          return { id: outcome.refund.id };
        case "missing":
          throw new Error("resource_missing");
        case "already_refunded":
          throw new Error("charge_already_refunded");
        case "too_large":
          throw new Error("amount_too_large");
        case "key_reused":
          throw new Error("idempotency_key_reused");
      }
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

function assertRefundOptions({ amount, idempotencyKey }: RefundOptions): void {
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount <= 0)) {
    throw new TypeError(`Refund amount must be a positive integer of minor units, got ${amount}`);
  }
  if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > 255)) {
    throw new TypeError("Refund idempotency key must be 1 to 255 characters");
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

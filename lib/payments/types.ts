/** What the shopper typed into the card form, untrimmed and unformatted. */
export interface CardDetails {
  number: string;
  /** "MM / YY", "MM/YY" or "MMYY", as typed. */
  expiry: string;
  cvc: string;
}

/** Stripe's error / decline codes the checkout knows how to explain. */
export type PaymentFailureCode =
  | "card_declined"
  | "insufficient_funds"
  | "expired_card"
  | "incorrect_cvc"
  | "incorrect_number"
  | "lost_card"
  | "processing_error";

export type CardBrand = "visa" | "mastercard" | "amex" | "discover" | "unknown";

/** `paymentId` is null on a failure when the card was refused before any payment was created. */
export type ChargeResult =
  | { status: "succeeded"; paymentId: string; brand: CardBrand; last4: string }
  | { status: "failed"; paymentId: string | null; code: PaymentFailureCode };

export interface ChargeRequest {
  /** Integer minor units (cents). */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
  idempotencyKey: string;
  /** What to charge: the card as typed, or (`token`) a card saved with `saveCard`. Exactly one of the two. */
  card?: CardDetails;
  token?: string;
  description?: string;
}

/** A saved card as the shopper recognises it; the number itself stays with the gateway. */
export interface SavedCardFacts {
  /** A CardBrand from the test gateway; Stripe's brand names otherwise ("jcb", "unionpay", …). */
  brand: string;
  last4: string;
  expMonth: number;
  /** Four digits. */
  expYear: number;
}

export type SaveCardResult = ({ status: "saved"; token: string } & SavedCardFacts) | { status: "failed"; code: PaymentFailureCode };

/** A refund request: the amount in minor units (all that remains when omitted) and a key that makes a retry the same refund. */
export interface RefundOptions {
  amount?: number;
  idempotencyKey?: string;
}

/** The gateway's refund (Stripe re_…, the test gateway's test_re_…). */
export interface RefundResult {
  id: string;
}

/**
 * A gateway call whose outcome is not known (a timeout, a server error, the same request still in
 * flight): it may or may not have happened, and repeating it with the same idempotency key tells.
 * Any other error thrown by a refund means it did not happen.
 */
export class OutcomeUnknownError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OutcomeUnknownError";
  }
}

/** Charges a card on the server: the built-in test gateway, which behaves like Stripe's test cards. */
export interface PaymentGateway {
  readonly kind: "test";
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** What was charged under this idempotency key, if anything: how a crash is reconciled. */
  find?(idempotencyKey: string): Promise<ChargeResult | null>;
  /** Gives back `amount` (all that remains when omitted) of a successful payment; the same key refunds once. */
  refund?(paymentId: string, options?: RefundOptions): Promise<RefundResult>;
  /** Keeps a card for later charges and answers with its token; the same key returns the same token. */
  saveCard?(request: { card: CardDetails; idempotencyKey: string }): Promise<SaveCardResult>;
}

export interface IntentRequest {
  amount: number;
  currency: string;
  idempotencyKey: string;
  orderId: string;
  orderNumber: number;
  email: string;
  /** Keep the card for the account: the intent is made for its Customer with setup_future_usage "off_session". */
  saveFor?: { userId: string; customerId: string } | null;
}

/** A saved card charged and confirmed on the server; only a 3-D Secure challenge needs the browser. */
export type SavedCardCharge =
  | { status: "succeeded"; id: string; brand: string | null; last4: string | null }
  | { status: "requires_action"; id: string; clientSecret: string }
  | { status: "processing"; id: string }
  | { status: "failed"; id: string | null; code: PaymentFailureCode };

/**
 * Stripe: card data never reaches this server. The order is placed, a PaymentIntent created for
 * its total, and the browser confirms it with the Payment Element; a webhook reports the outcome.
 * A saved card (a PaymentMethod of the account's Customer) is charged from the server instead.
 */
export interface IntentGateway {
  readonly kind: "stripe";
  createIntent(request: IntentRequest): Promise<{ id: string; clientSecret: string }>;
  /** An intent's state as Stripe knows it, to reconcile an order a crash left pending. */
  findIntent?(id: string): Promise<IntentState>;
  /** Creates the account's Stripe Customer, the owner of its saved cards. */
  createCustomer?(request: { userId: string; email: string }): Promise<string>;
  chargeSavedCard?(request: IntentRequest & { customerId: string; paymentMethodId: string }): Promise<SavedCardCharge>;
  /** A saved PaymentMethod's card, and the Customer it belongs to. */
  savedCard?(paymentMethodId: string): Promise<SavedCardFacts & { customerId: string | null }>;
  /** Detaches a PaymentMethod from its Customer, so it can never be charged again. */
  forgetCard?(paymentMethodId: string): Promise<void>;
  /** Refunds `amount` (all that remains when omitted) of a PaymentIntent; the same key refunds once. */
  refund?(paymentIntentId: string, options?: RefundOptions): Promise<RefundResult>;
}

export type Gateway = PaymentGateway | IntentGateway;

export type IntentState =
  | { status: "succeeded"; id: string; brand: string | null; last4: string | null }
  | { status: "canceled"; id: string }
  | { status: "open"; id: string };

const failureCodes: readonly PaymentFailureCode[] = ["card_declined", "insufficient_funds", "expired_card", "incorrect_cvc", "incorrect_number", "lost_card", "processing_error"];

/** A Stripe decline or error code as one the checkout can explain; anything else is a plain decline. */
export function asFailureCode(code: string | null | undefined): PaymentFailureCode {
  if (code === "stolen_card") return "lost_card";
  return (failureCodes as readonly (string | null | undefined)[]).includes(code) ? (code as PaymentFailureCode) : "card_declined";
}

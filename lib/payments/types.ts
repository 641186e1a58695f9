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
  card: CardDetails;
  description?: string;
}

/** Charges a card on the server: the built-in test gateway, which behaves like Stripe's test cards. */
export interface PaymentGateway {
  readonly kind: "test";
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** What was charged under this idempotency key, if anything: how a crash is reconciled. */
  find?(idempotencyKey: string): Promise<ChargeResult | null>;
  refund?(paymentId: string): Promise<void>;
}

export interface IntentRequest {
  amount: number;
  currency: string;
  idempotencyKey: string;
  orderId: string;
  orderNumber: number;
  email: string;
}

/**
 * Stripe: card data never reaches this server. The order is placed, a PaymentIntent created for
 * its total, and the browser confirms it with the Payment Element; a webhook reports the outcome.
 */
export interface IntentGateway {
  readonly kind: "stripe";
  createIntent(request: IntentRequest): Promise<{ id: string; clientSecret: string }>;
  /** An intent's state as Stripe knows it, to reconcile an order a crash left pending. */
  findIntent?(id: string): Promise<IntentState>;
}

export type Gateway = PaymentGateway | IntentGateway;

export type IntentState =
  | { status: "succeeded"; id: string; brand: string | null; last4: string | null }
  | { status: "canceled"; id: string }
  | { status: "open"; id: string };

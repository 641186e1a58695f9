import "server-only";
import Stripe from "stripe";
import { asFailureCode, OutcomeUnknownError, type IntentGateway, type IntentRequest, type IntentState, type RefundOptions, type SavedCardCharge } from "./types";

const clients = new Map<string, Stripe>();

/** One Stripe client per secret key, reused across requests (it keeps its own HTTP agent). */
export function stripeClient(secretKey: string): Stripe {
  let client = clients.get(secretKey);
  if (!client) {
    // Retries are safe: every PaymentIntent is created with an idempotency key.
    client = new Stripe(secretKey, { maxNetworkRetries: 2, appInfo: { name: "checkout-reference-store" } });
    clients.set(secretKey, client);
  }
  return client;
}

/** What every intent of an order carries; `orderId` lets the webhook find the order, `saveCardFor` the account. */
function intentBasics(request: IntentRequest) {
  return {
    amount: request.amount,
    currency: request.currency.toLowerCase(),
    receipt_email: request.email,
    metadata: { orderId: request.orderId, orderNumber: String(request.orderNumber), ...(request.saveFor ? { saveCardFor: request.saveFor.userId } : {}) },
    description: `Order ${request.orderNumber}`,
  };
}

function cardOf(intent: Stripe.PaymentIntent) {
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const card = charge?.payment_method_details?.card;
  return { brand: card?.brand ?? null, last4: card?.last4 ?? null };
}

/**
 * Stripe as the card gateway: the order's total becomes a PaymentIntent that the browser confirms
 * with the Payment Element. The idempotency key (one per checkout attempt) means a retried
 * request gets the same intent back instead of a second one.
 */
export function createStripeGateway({ secretKey }: { secretKey: string }): IntentGateway {
  const stripe = () => stripeClient(secretKey);
  return {
    kind: "stripe",
    async createIntent(request: IntentRequest) {
      const intent = await stripe().paymentIntents.create(
        {
          ...intentBasics(request),
          automatic_payment_methods: { enabled: true },
          // Saving: the card is attached to the account's Customer once the payment succeeds.
          ...(request.saveFor ? { customer: request.saveFor.customerId, setup_future_usage: "off_session" as const } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!intent.client_secret) throw new Error(`Stripe returned PaymentIntent ${intent.id} without a client secret.`);
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    async findIntent(id): Promise<IntentState> {
      const intent = await stripe().paymentIntents.retrieve(id, { expand: ["latest_charge"] });
      if (intent.status === "succeeded") return { status: "succeeded", id: intent.id, ...cardOf(intent) };
      return intent.status === "canceled" ? { status: "canceled", id: intent.id } : { status: "open", id: intent.id };
    },
    async createCustomer({ userId, email }) {
      const customer = await stripe().customers.create({ email, metadata: { userId } }, { idempotencyKey: `customer-${userId}` });
      return customer.id;
    },
    // The shopper is present (on_session), so a 3-D Secure challenge is possible: the browser
    // finishes it with stripe.handleNextAction. A decline comes back as a card error.
    async chargeSavedCard(request): Promise<SavedCardCharge> {
      try {
        const intent = await stripe().paymentIntents.create(
          {
            ...intentBasics(request),
            customer: request.customerId,
            payment_method: request.paymentMethodId,
            // A card never redirects (3-D Secure opens in place), so no return_url is needed.
            automatic_payment_methods: { enabled: true, allow_redirects: "never" },
            confirm: true,
            expand: ["latest_charge"],
          },
          { idempotencyKey: request.idempotencyKey },
        );
        if (intent.status === "succeeded") return { status: "succeeded", id: intent.id, ...cardOf(intent) };
        if (intent.status === "requires_action" && intent.client_secret) return { status: "requires_action", id: intent.id, clientSecret: intent.client_secret };
        if (intent.status === "requires_payment_method") {
          return { status: "failed", id: intent.id, code: asFailureCode(intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code) };
        }
        return { status: "processing", id: intent.id };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) {
          return { status: "failed", id: error.payment_intent?.id ?? null, code: asFailureCode(error.decline_code ?? error.code) };
        }
        throw error;
      }
    },
    async savedCard(paymentMethodId) {
      const method = await stripe().paymentMethods.retrieve(paymentMethodId);
      if (!method.card) throw new Error(`PaymentMethod ${paymentMethodId} is not a card.`);
      const customerId = typeof method.customer === "string" ? method.customer : (method.customer?.id ?? null);
      return { brand: method.card.brand, last4: method.card.last4, expMonth: method.card.exp_month, expYear: method.card.exp_year, customerId };
    },
    async forgetCard(paymentMethodId) {
      try {
        await stripe().paymentMethods.detach(paymentMethodId);
      } catch (error) {
        // Already detached or deleted on Stripe's side: it is forgotten either way.
        if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
      }
    },
    // Refused (`charge_already_refunded`, `amount_too_large`, `resource_missing`, …): an Error whose
    // message is Stripe's code, as the test gateway's. A timeout, a Stripe server error, a rate limit
    // or the same key still in flight may have refunded or not: asking again with the key tells.
    async refund(paymentIntentId, { amount, idempotencyKey }: RefundOptions = {}) {
      let refund: Stripe.Refund;
      try {
        refund = await stripe().refunds.create({ payment_intent: paymentIntentId, ...(amount === undefined ? {} : { amount }) }, idempotencyKey ? { idempotencyKey } : undefined);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeError && !outcomeUnknown(error)) throw new Error(error.code ?? error.message, { cause: error });
        throw new OutcomeUnknownError(error instanceof Error ? error.message : String(error), { cause: error });
      }
      if (refund.status === "failed" || refund.status === "canceled") throw new Error(refund.failure_reason ?? `refund_${refund.status}`);
      return { id: refund.id };
    },
  };
}

/** No answer, a server error, a rate limit, or a conflict (409: the same key in flight, a lock timeout): it may have happened. */
function outcomeUnknown(error: Stripe.errors.StripeError): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    error.statusCode === undefined ||
    error.statusCode === 409 ||
    error.statusCode >= 500 ||
    error.code === "idempotency_key_in_use" ||
    error.code === "lock_timeout"
  );
}

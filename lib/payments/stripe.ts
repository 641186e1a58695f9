import "server-only";
import Stripe from "stripe";
import type { IntentGateway, IntentRequest, IntentState } from "./types";

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

/**
 * Stripe as the card gateway: the order's total becomes a PaymentIntent that the browser confirms
 * with the Payment Element. The idempotency key (one per checkout attempt) means a retried
 * request gets the same intent back instead of a second one.
 */
export function createStripeGateway({ secretKey }: { secretKey: string }): IntentGateway {
  return {
    kind: "stripe",
    async createIntent(request: IntentRequest) {
      const intent = await stripeClient(secretKey).paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          receipt_email: request.email,
          metadata: { orderId: request.orderId, orderNumber: String(request.orderNumber) },
          description: `Order ${request.orderNumber}`,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!intent.client_secret) throw new Error(`Stripe returned PaymentIntent ${intent.id} without a client secret.`);
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    async findIntent(id): Promise<IntentState> {
      const intent = await stripeClient(secretKey).paymentIntents.retrieve(id, { expand: ["latest_charge"] });
      if (intent.status === "succeeded") {
        const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
        const card = charge?.payment_method_details?.card;
        return { status: "succeeded", id: intent.id, brand: card?.brand ?? null, last4: card?.last4 ?? null };
      }
      return intent.status === "canceled" ? { status: "canceled", id: intent.id } : { status: "open", id: intent.id };
    },
  };
}

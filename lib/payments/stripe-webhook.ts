import "server-only";
import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { payments, webhookEvents } from "@/db/schema";
import { applyPaymentOutcome, type PaymentOutcome } from "@/lib/checkout/orders";
import { countLimitHits } from "@/lib/security/limits";

/**
 * Checks a webhook's `stripe-signature` header against the raw body and parses the event.
 * Returns null for anything that is not a genuine, recent Stripe event: no header, a bad or stale
 * signature, the wrong secret, or a body that is not JSON. Never throws.
 */
export function verifyStripeEvent({
  payload,
  signature,
  secret,
  stripe,
}: {
  payload: string;
  signature: string | null;
  secret: string;
  stripe: Pick<Stripe, "webhooks">;
}): Stripe.Event | null {
  if (!signature || !secret) return null;
  try {
    return stripe.webhooks.constructEvent(payload, signature, secret);
  } catch {
    return null;
  }
}

/** The only events the store acts on; every other type is acknowledged and dropped unrecorded. */
export const handledStripeEvents = ["payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled"] as const;

export type HandledStripeEventType = (typeof handledStripeEvents)[number];
type HandledStripeEvent = Extract<Stripe.Event, { type: HandledStripeEventType }>;

/** An allow-listed type carrying a PaymentIntent with an id (anything else is not acted on). */
function isHandled(event: Stripe.Event): event is HandledStripeEvent {
  if (!(handledStripeEvents as readonly string[]).includes(event.type)) return false;
  const object = (event.data as { object?: { id?: unknown; object?: unknown } } | undefined)?.object;
  return typeof object?.id === "string" && object.object === "payment_intent";
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the event means for the order, in the terms `applyPaymentOutcome` understands. */
function outcomeOf(event: HandledStripeEvent): PaymentOutcome {
  const intent = event.data.object;
  switch (event.type) {
    case "payment_intent.succeeded": {
      // Only present when the charge was expanded; webhooks normally carry just its id.
      const charge = typeof intent.latest_charge === "object" && intent.latest_charge ? intent.latest_charge : null;
      const card = charge?.payment_method_details?.card ?? null;
      return { status: "succeeded", providerPaymentId: intent.id, brand: card?.brand ?? null, last4: card?.last4 ?? null };
    }
    case "payment_intent.payment_failed":
      return {
        status: "failed",
        providerPaymentId: intent.id,
        code: intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? "card_declined",
      };
    case "payment_intent.canceled":
      return { status: "failed", providerPaymentId: intent.id, code: "expired" };
  }
}

/**
 * The card a succeeded payment was asked to keep: its PaymentMethod and the account, which only
 * this store can have set (metadata is written with the secret key when the intent is created).
 */
export function cardToKeep(event: Stripe.Event): { userId: string; paymentMethodId: string } | null {
  if (event.type !== "payment_intent.succeeded" || !isHandled(event)) return null;
  const intent = event.data.object;
  const userId = (intent.metadata as Stripe.Metadata | undefined)?.saveCardFor;
  const method = intent.payment_method;
  const paymentMethodId = typeof method === "string" ? method : (method?.id ?? null);
  return userId && paymentMethodId && intent.setup_future_usage ? { userId, paymentMethodId } : null;
}

/**
 * The order a PaymentIntent pays for: by the intent id stored on its payment row, else by the
 * `orderId` the intent was created with (the checkout may not have stored the id yet). A failure
 * of an intent the order has since replaced with another one is stale and finds no order.
 */
async function orderFor(tx: Transaction, intent: Stripe.PaymentIntent, outcome: PaymentOutcome): Promise<string | null> {
  const [byIntent] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.providerPaymentId, intent.id));
  if (byIntent) return byIntent.orderId;
  const orderId = (intent.metadata as Stripe.Metadata | undefined)?.orderId;
  if (!orderId || !uuidPattern.test(orderId)) return null;
  const [payment] = await tx.select({ providerPaymentId: payments.providerPaymentId }).from(payments).where(eq(payments.orderId, orderId));
  if (!payment) return null;
  if (outcome.status === "failed" && payment.providerPaymentId !== null && payment.providerPaymentId !== intent.id) return null;
  return orderId;
}

/**
 * Applies a verified Stripe event once. Unhandled types are "ignored" without being stored; an
 * event id seen before is a "duplicate"; otherwise the outcome is applied to its order.
 *
 * Crash safety: the event row and the outcome are written in ONE transaction. The event id is
 * inserted first (`on conflict do nothing`), then `applyPaymentOutcome` runs on the same
 * transaction — its own `db.transaction` becomes a savepoint inside ours. Either both commit or
 * neither does, so a crash in between leaves no record and Stripe's redelivery applies it then.
 * Two concurrent deliveries of the same event serialise on the primary key: the second waits for
 * the first to commit and then sees a duplicate.
 */
export async function handleStripeEvent(db: Executor, event: Stripe.Event): Promise<"duplicate" | "ignored" | "applied"> {
  if (!isHandled(event)) return "ignored";
  const outcome = outcomeOf(event);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(webhookEvents)
      .values({ id: event.id, provider: "stripe", type: event.type })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (inserted.length === 0) return "duplicate";
    const orderId = await orderFor(tx, event.data.object, outcome);
    if (!orderId) return "ignored";
    const applied = await applyPaymentOutcome(tx, { orderId, outcome });
    if (event.type === "payment_intent.payment_failed") await countStripeDecline(tx, orderId, event.data.object);
    return applied;
  });
}

/**
 * A card Stripe declined counts against the order's browser for its next "Place order", like a
 * declined test card (lib/checkout/place-order.ts): a new card is typed into Stripe's own fields and
 * confirmed between the browser and Stripe, so only Stripe's answer tells the store about it. (Its
 * IP is not known here, and the card itself cannot be recognised before the next charge: Stripe
 * Radar weighs those.) A fault on Stripe's side is no sign of card testing.
 */
async function countStripeDecline(tx: Executor, orderId: string, intent: Stripe.PaymentIntent) {
  const error = intent.last_payment_error;
  if (!error || error.type === "api_error") return;
  const [order] = await queryRows<{ visitorId: string }>(tx, sql`select visitor_id as "visitorId" from orders where id = ${orderId}`);
  if (order) await countLimitHits(tx, "cardDecline", { visitor: order.visitorId });
}

import "server-only";
import type Stripe from "stripe";
import { getDb } from "@/db";
import { keepStripeCard } from "./saved-cards";
import { createStripeGateway } from "./stripe";
import { cardToKeep, handleStripeEvent } from "./stripe-webhook";

/**
 * A verified Stripe event applied to its order on the app's database, and the card kept if the
 * shopper asked for it. Throws on a database failure, so the webhook answers 500 and Stripe redelivers.
 */
export async function applyStripeEvent(event: Stripe.Event, { secretKey }: { secretKey: string }) {
  const db = await getDb();
  const result = await handleStripeEvent(db, event);
  // Kept on every delivery (it is idempotent), so a failure here is retried by Stripe's redelivery.
  const card = cardToKeep(event);
  if (card) await keepStripeCard(db, createStripeGateway({ secretKey }), card);
  return result;
}

// Stripe reports payment outcomes here. The raw body is verified against the `stripe-signature`
// header before anything is read from it; only then is the event applied to its order.
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { keepStripeCard } from "@/lib/payments/saved-cards";
import { createStripeGateway, stripeClient } from "@/lib/payments/stripe";
import { cardToKeep, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe-webhook";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  if (!env.STRIPE_SECRET_KEY) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  const invalid = () => Response.json({ error: "invalid signature" }, { status: 400, headers: noStore });
  if (!env.STRIPE_WEBHOOK_SECRET) return invalid();

  let payload: string;
  try {
    payload = await request.text();
  } catch {
    return invalid();
  }
  const event = verifyStripeEvent({
    payload,
    signature: request.headers.get("stripe-signature"),
    secret: env.STRIPE_WEBHOOK_SECRET,
    stripe: stripeClient(env.STRIPE_SECRET_KEY),
  });
  if (!event) return invalid();

  try {
    const db = await getDb();
    const result = await handleStripeEvent(db, event);
    // Kept on every delivery (it is idempotent), so a failure here is retried by Stripe's redelivery.
    const card = cardToKeep(event);
    if (card) await keepStripeCard(db, createStripeGateway({ secretKey: env.STRIPE_SECRET_KEY }), card);
    return Response.json({ received: true, result }, { headers: noStore });
  } catch (error) {
    // A database failure: answer 500 so Stripe redelivers; nothing was recorded for this event.
    console.error(`[stripe webhook] could not apply ${event.type} ${event.id}:`, error);
    return Response.json({ error: "could not process event" }, { status: 500, headers: noStore });
  }
}

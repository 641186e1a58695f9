// Stripe reports payment outcomes here. The raw body is verified against the `stripe-signature`
// header before anything is read from it; only then is the event applied to its order.
import { env } from "@/lib/env";
import { applyStripeEvent } from "@/lib/payments/apply-stripe-event";
import { stripeClient } from "@/lib/payments/stripe";
import { verifyStripeEvent } from "@/lib/payments/stripe-webhook";
import { readBoundedText } from "@/lib/security/bounded-body";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };
const maxEventBytes = 1024 * 1024;

export async function POST(request: Request) {
  if (!env.STRIPE_SECRET_KEY) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  const invalid = () => Response.json({ error: "invalid signature" }, { status: 400, headers: noStore });
  if (!env.STRIPE_WEBHOOK_SECRET) return invalid();

  // Stripe's events are a few kilobytes; anything near a megabyte is not one of them.
  const body = await readBoundedText(request, maxEventBytes);
  if (!body.ok) return body.problem === "too_large" ? Response.json({ error: "payload too large" }, { status: 413, headers: noStore }) : invalid();
  const payload = body.text;
  const event = verifyStripeEvent({
    payload,
    signature: request.headers.get("stripe-signature"),
    secret: env.STRIPE_WEBHOOK_SECRET,
    stripe: stripeClient(env.STRIPE_SECRET_KEY),
  });
  if (!event) return invalid();

  try {
    const result = await applyStripeEvent(event, { secretKey: env.STRIPE_SECRET_KEY });
    return Response.json({ received: true, result }, { headers: noStore });
  } catch (error) {
    // A database failure: answer 500 so Stripe redelivers; nothing was recorded for this event.
    console.error(`[stripe webhook] could not apply ${event.type} ${event.id}:`, error);
    return Response.json({ error: "could not process event" }, { status: 500, headers: noStore });
  }
}

import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { Gateway } from "@/lib/payments/types";
import { applyPaymentOutcome, releaseExpiredReservations, type PaymentOutcome } from "./orders";

/**
 * Asks the gateway what became of a pending card order's payment, by the order's idempotency key
 * (test gateway) or its PaymentIntent (Stripe), and applies a final answer. True when it did.
 */
export async function settleFromGateway(db: Executor, gateway: Gateway, orderId: string): Promise<boolean> {
  const outcome = await gatewayOutcome(db, gateway, orderId);
  if (!outcome) return false;
  return (await applyPaymentOutcome(db, { orderId, outcome })) === "applied";
}

async function gatewayOutcome(db: Executor, gateway: Gateway, orderId: string): Promise<PaymentOutcome | null> {
  if (gateway.kind === "test") {
    const charged = await gateway.find?.(`order-${orderId}`);
    if (!charged) return null;
    return charged.status === "succeeded"
      ? { status: "succeeded", providerPaymentId: charged.paymentId, brand: charged.brand, last4: charged.last4 }
      : { status: "failed", providerPaymentId: charged.paymentId, code: charged.code };
  }
  const [payment] = await queryRows<{ intentId: string | null }>(db, sql`select provider_payment_id as "intentId" from payments where order_id = ${orderId}`);
  if (!payment?.intentId || !gateway.findIntent) return null;
  const intent = await gateway.findIntent(payment.intentId);
  if (intent.status === "succeeded") return { status: "succeeded", providerPaymentId: intent.id, brand: intent.brand, last4: intent.last4 };
  if (intent.status === "canceled") return { status: "failed", providerPaymentId: intent.id, code: "expired" };
  return null;
}

/**
 * On start-up: card orders left between charge and outcome (no request is charging them: their
 * lease is out) are settled from what the gateway knows. Those it knows nothing of keep their hold
 * until the shopper retries or the hold expires.
 */
export async function reconcileStuckCharges(db: Executor, gateway: Gateway, now = new Date()): Promise<number> {
  const stuck = await queryRows<{ id: string }>(
    db,
    sql`select id from orders where status = 'pending_payment' and payment_method = 'card' and stock_settled = false
        and (charge_lease_until is null or charge_lease_until < ${now.toISOString()}::timestamptz) order by created_at limit 500`,
  );
  let settled = 0;
  for (const { id } of stuck) {
    try {
      if (await settleFromGateway(db, gateway, id)) settled++;
    } catch (error) {
      console.error(`[payments] reconciling order ${id} failed:`, error);
    }
  }
  return settled;
}

/** The scheduled sweep: expired holds are settled from the gateway when it has an answer, else released. */
export async function sweepExpiredHolds(db: Executor, gateway: Gateway, now = new Date()): Promise<number> {
  return releaseExpiredReservations(db, now, {
    settle: (orderId) =>
      settleFromGateway(db, gateway, orderId).catch((error: unknown) => {
        // The gateway cannot answer now: the payment may have gone through, so keep the hold until it can.
        console.error(`[payments] gateway unreachable while sweeping order ${orderId}:`, error);
        return true;
      }),
  });
}

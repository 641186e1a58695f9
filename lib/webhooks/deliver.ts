import "server-only";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { webhookDeliveryQueue } from "./queue";

/** How long an endpoint has to answer (the Bad-input rule: a slow endpoint is retried, never waited on). */
export const webhookTimeoutMs = 5_000;

interface DeliveryRow {
  eventId: string;
  endpoint: string;
  payload: Record<string, unknown>;
  attempts: number;
  delivered: boolean;
}

export type DeliveryOutcome = "delivered" | "already_delivered" | "missing";

/**
 * One attempt at a delivery (the `webhook-delivery` job): POSTs the payload signed per Standard
 * Webhooks (webhook-id, webhook-timestamp, webhook-signature) and records the attempt. Any 2xx
 * delivers it; anything else (error status, refused, no answer within `timeoutMs`) is recorded and
 * thrown, so the job fails and pg-boss tries again after its back-off.
 */
export async function deliverWebhook(
  db: Executor,
  deliveryId: number,
  { secret, timeoutMs = webhookTimeoutMs, now = () => new Date() }: { secret: string; timeoutMs?: number; now?: () => Date },
): Promise<DeliveryOutcome> {
  const [row] = await queryRows<DeliveryRow>(
    db,
    sql`select event_id as "eventId", endpoint, payload, attempts, delivered_at is not null as delivered from webhook_deliveries where id = ${deliveryId}`,
  );
  if (!row) return "missing";
  if (row.delivered) return "already_delivered";

  const body = JSON.stringify(row.payload);
  const sentAt = now();
  const headers = new Webhook(secret).sign(row.eventId, sentAt, body);
  let status: number | null = null;
  let failure: string | null = null;
  try {
    const response = await fetch(row.endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "juniper-lane-webhooks/1",
        "webhook-id": row.eventId,
        "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "webhook-signature": headers,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    // The answer's body is not needed; reading it releases the connection.
    await response.body?.cancel();
    if (status < 200 || status > 299) failure = `HTTP ${status}`;
  } catch (error) {
    failure = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error);
  }

  const attempts = row.attempts + 1;
  const retryAt = failure && attempts <= webhookDeliveryQueue.options.retryLimit ? new Date(now().getTime() + retryDelayMs(attempts)) : null;
  await db.execute(
    sql`update webhook_deliveries set attempts = attempts + 1, last_status = ${status}, last_error = ${failure},
          delivered_at = ${failure ? null : now().toISOString()}::timestamptz, next_attempt_at = ${retryAt?.toISOString() ?? null}::timestamptz
        where id = ${deliveryId}`,
  );
  if (failure) throw new Error(`webhook ${row.eventId} to ${row.endpoint}: ${failure} (attempt ${attempts})`);
  return "delivered";
}

/** pg-boss's back-off without its jitter: the delay doubles from `retryDelaySeconds` each attempt. */
const retryDelayMs = (attempts: number) => webhookDeliveryQueue.options.retryDelaySeconds * 1000 * 2 ** (attempts - 1);

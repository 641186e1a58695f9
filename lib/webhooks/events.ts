import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { JobQueue } from "@/lib/jobs/queue";
import { webhookDeliveryQueue, type WebhookDeliveryJob } from "./queue";

export type WebhookEventType = "cart.abandoned" | "reminder.sent" | "reminder.clicked" | "cart.recovered";

export interface WebhookEvent {
  type: WebhookEventType;
  /** What the event is about, once: the cart for an abandonment, the message for a send or click, the order for a recovery. */
  subject: string;
  data: Record<string, unknown>;
  at: Date;
}

/** The Standard Webhooks message id: derived from the event, so recording it again (a retried step) finds the same rows. */
export const webhookEventId = ({ type, subject }: Pick<WebhookEvent, "type" | "subject">) =>
  `msg_${createHash("sha256").update(`${type}:${subject}`).digest("hex").slice(0, 32)}`;

/**
 * Records an event for every endpoint in the caller's transaction (E6) and enqueues its delivery
 * there too: it goes out exactly when what it reports commits, and the request that caused it
 * only writes rows; the `webhook-delivery` worker does the HTTP. Returns the rows added.
 */
export async function recordWebhookEvent(tx: Executor, jobs: Pick<JobQueue, "enqueue">, event: WebhookEvent, endpoints: readonly string[]): Promise<number> {
  if (endpoints.length === 0) return 0;
  const eventId = webhookEventId(event);
  const payload = JSON.stringify({ type: event.type, timestamp: event.at.toISOString(), data: event.data });
  let added = 0;
  for (const endpoint of endpoints) {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`insert into webhook_deliveries (event_id, endpoint, type, payload, created_at)
          values (${eventId}, ${endpoint}, ${event.type}, ${payload}::jsonb, ${event.at.toISOString()}::timestamptz)
          on conflict (event_id, endpoint) do nothing returning id`,
    );
    if (!row) continue;
    await jobs.enqueue(webhookDeliveryQueue.name, { deliveryId: row.id } satisfies WebhookDeliveryJob, { inTransaction: tx });
    added++;
  }
  return added;
}

import type { QueueOptions } from "@/lib/jobs/queue-options";

/**
 * The `webhook-delivery` queue: one job per webhook_deliveries row. A failed attempt (an error
 * status, no answer within the timeout) fails the job, and pg-boss tries again with exponential
 * back-off: 8 attempts over about 2 hours (30 s, 1 min, 2 min … with jitter). Created with
 * pg-boss's tables (db/migrate.ts), since requests enqueue into it inside their transactions.
 */
export const webhookDeliveryQueue = {
  name: "webhook-delivery",
  options: { policy: "standard", retryLimit: 7, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 60 } satisfies QueueOptions,
};

export interface WebhookDeliveryJob {
  deliveryId: number;
}

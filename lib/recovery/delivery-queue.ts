import type { QueueOptions } from "@/lib/jobs/queue-options";

/**
 * The `reminder-delivery` queue (E3): one job per push or text reminder (`recovery_messages` row),
 * enqueued in the step's transaction. A push service or SMS provider that fails is tried again
 * with back-off (6 attempts over about an hour); the message records when it went or why not.
 * Created with pg-boss's tables (db/migrate.ts), as steps enqueue into it inside their transactions.
 */
export const reminderDeliveryQueue = {
  name: "reminder-delivery",
  options: { policy: "standard", retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 2 * 60 } satisfies QueueOptions,
};

export interface ReminderDeliveryJob {
  messageId: number;
}

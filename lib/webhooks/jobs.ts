import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/client";
import type { JobQueue, WorkOptions } from "@/lib/jobs/queue";
import { startWorkerOnce } from "@/lib/jobs/start-worker";
import { deliverWebhook } from "./deliver";
import { webhookDeliveryQueue, type WebhookDeliveryJob } from "./queue";
import { webhookSecret } from "./secret";

const deliveryJob = z.object({ deliveryId: z.number().int().positive() });

/** Puts webhook delivery on `queue`: its queue (if the migrations did not make it yet) and a worker. */
export async function startWebhookJobs(
  queue: JobQueue,
  open: () => Promise<Executor>,
  { secret, timeoutMs, ...workOptions }: WorkOptions & { secret?: string; timeoutMs?: number } = {},
) {
  await queue.createQueue(webhookDeliveryQueue.name, webhookDeliveryQueue.options);
  await queue.work<WebhookDeliveryJob>(
    webhookDeliveryQueue.name,
    async (data) => {
      const job = deliveryJob.safeParse(data);
      if (!job.success) return console.error(`[webhooks] not a delivery job: ${JSON.stringify(data)}`);
      const db = await open();
      await deliverWebhook(db, job.data.deliveryId, { secret: secret ?? (await webhookSecret(db)), ...(timeoutMs !== undefined && { timeoutMs }) });
    },
    workOptions,
  );
}

/** Runs in every server process (instrumentation.ts): delivers recorded webhooks, starting again every 15 s until the queue can. */
export function startWebhookWorker(queue: () => Promise<JobQueue>, open: () => Promise<Executor>) {
  startWorkerOnce("webhooks", queue, (jobs) => startWebhookJobs(jobs, open));
}

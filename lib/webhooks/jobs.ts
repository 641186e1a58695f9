import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/client";
import type { JobQueue, WorkOptions } from "@/lib/jobs/queue";
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

const holder = globalThis as unknown as { __webhookJobs?: boolean };
const retryStartMs = 15_000;

/** Runs in every server process (instrumentation.ts): delivers recorded webhooks, starting again every 15 s until the queue can. */
export function startWebhookWorker(queue: () => Promise<JobQueue>, open: () => Promise<Executor>) {
  if (holder.__webhookJobs) return;
  holder.__webhookJobs = true;
  const start = async () => {
    try {
      const jobs = await queue();
      await jobs.start();
      await startWebhookJobs(jobs, open);
    } catch (error) {
      console.error(`[webhooks] the delivery worker could not start, trying again in ${retryStartMs / 1000} s:`, error);
      setTimeout(() => void start(), retryStartMs).unref();
    }
  };
  void start();
}

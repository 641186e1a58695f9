import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/client";
import type { JobQueue, WorkOptions } from "@/lib/jobs/queue";
import { startWorkerOnce } from "@/lib/jobs/start-worker";
import { reminderDeliveryQueue, type ReminderDeliveryJob } from "./delivery-queue";
import { deliverReminder, recordDeliveryError } from "./deliver-reminder";
import { recoverySettings, type RecoverySettings } from "./settings";
import { runRecoveryStep } from "./step";
import { recoveryStepQueue, type RecoveryStepJob } from "./step-queue";

const stepJob = z.object({ cartId: z.uuid(), step: z.number().int().min(1) });
const deliveryJob = z.object({ messageId: z.number().int().positive() });

/** Puts the reminder steps and the push and text deliveries on `queue`: their queues (if the migrations did not make them yet) and workers. */
export async function startRecoveryJobs(
  queue: JobQueue,
  open: () => Promise<Executor>,
  { settings, deliver = {}, ...workOptions }: WorkOptions & { settings?: RecoverySettings; deliver?: Parameters<typeof deliverReminder>[2] } = {},
) {
  await queue.createQueue(reminderDeliveryQueue.name, reminderDeliveryQueue.options);
  await queue.work<ReminderDeliveryJob>(
    reminderDeliveryQueue.name,
    async (data) => {
      const job = deliveryJob.safeParse(data);
      if (!job.success) return console.error(`[recovery] not a delivery job: ${JSON.stringify(data)}`);
      const db = await open();
      try {
        await deliverReminder(db, job.data.messageId, deliver);
      } catch (error) {
        await recordDeliveryError(db, job.data.messageId, error);
        throw error;
      }
    },
    workOptions,
  );
  await queue.createQueue(recoveryStepQueue.name, recoveryStepQueue.options);
  await queue.work<RecoveryStepJob>(
    recoveryStepQueue.name,
    async (data) => {
      // A job that is not a step (hand-made, or from another version) is logged and dropped: retrying cannot mend it.
      const job = stepJob.safeParse(data);
      if (!job.success) return console.error(`[recovery] not a step job: ${JSON.stringify(data)}`);
      await runRecoveryStep(await open(), queue, job.data, settings ? { settings } : {});
    },
    workOptions,
  );
}

/**
 * Runs in every server process (instrumentation.ts), after the maintenance start: checks the
 * settings at once (a bad value stops the server here, not at the first reminder), then works on
 * reminder steps, trying again every 15 s until the database lets the queue start.
 */
export function startRecoveryWorker(queue: () => Promise<JobQueue>, open: () => Promise<Executor>) {
  recoverySettings();
  startWorkerOnce("recovery", queue, (jobs) => startRecoveryJobs(jobs, open));
}

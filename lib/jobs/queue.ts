import "server-only";
import PgBoss from "pg-boss";
import { databaseHandle } from "@/db";
import type { Executor } from "@/db/client";
import { jobSchema } from "@/db/migrate";
import { statementRunner } from "@/db/rows";
import { bossQueueOptions, type QueueOptions } from "./queue-options";

export type { QueueOptions };

/**
 * Background jobs on the store's own database (pg-boss): delayed jobs, cron schedules, retries with
 * back-off, each job handed to exactly one worker across every instance (`FOR UPDATE SKIP LOCKED`).
 * pg-boss gets no connection of its own: it runs its SQL through the app's handle (`executeSql`),
 * i.e. the same PGlite instance (one process, one connection: the folder is never opened twice) or
 * the same postgres.js pool. Its queries are short and never hold a connection between calls, so
 * sharing the pool keeps a process at DATABASE_POOL_MAX connections (4 by default: about right for
 * two cores) instead of adding a second pool that mostly sits idle.
 */

/** Seconds between a worker's looks for due jobs (pg-boss's default; 0.5 at the least). */
const defaultPollingSeconds = 2;

export interface EnqueueOptions extends Omit<QueueOptions, "policy" | "expireInSeconds"> {
  /** Not handed to a worker before this time, or this many seconds from now by the database's clock. */
  startAfter?: Date | number;
  singletonKey?: string;
  /** The caller's open transaction: the job exists if and only if it commits. */
  inTransaction?: Executor;
}

export interface WorkOptions {
  /** Jobs fetched per look; each still succeeds or fails on its own. */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  /** Independent workers for this queue in this process. */
  workers?: number;
}

export type JobHandler<Data> = (data: Data, job: { id: string; name: string }) => Promise<unknown>;

export interface JobQueue {
  /** Installs (or upgrades) pg-boss's tables if needed, then runs schedules, workers and housekeeping. */
  start(): Promise<void>;
  /** Stops at once: workers stop fetching, jobs in hand are failed (so retried per their policy). */
  stop(): Promise<void>;
  /** A queue must exist before jobs are enqueued to it; creating it again changes nothing. */
  createQueue(name: string, options?: QueueOptions): Promise<void>;
  /** The job's id, or null when a waiting job with the same singleton key already stands for it. */
  enqueue(name: string, data: object, options?: EnqueueOptions): Promise<string | null>;
  work<Data extends object>(name: string, handler: JobHandler<Data>, options?: WorkOptions): Promise<void>;
  /** Enqueues `name` on a cron schedule (one job per minute at the finest, once across instances). */
  schedule(name: string, cron: string, data?: object, options?: Pick<EnqueueOptions, "singletonKey">): Promise<void>;
}

/**
 * A queue over `db`. Constructing it does no I/O: enqueueing needs no `start()` (only workers and
 * schedules do), so a request can enqueue inside its transaction even on PGlite, where starting
 * would wait for the one connection that transaction holds.
 */
export function createJobQueue(db: PgBoss.Db): JobQueue {
  const boss = new PgBoss({
    db,
    schema: jobSchema,
    // Completed jobs leave the job table after an hour (the maintenance chains and cron add ~17 000 a day);
    // failed ones stay a day, so /api/health counts the failures of the last 24 hours.
    archiveCompletedAfterSeconds: 60 * 60,
    archiveFailedAfterSeconds: 24 * 60 * 60,
    deleteAfterDays: 7,
  });
  // pg-boss reports its own background errors here; without a listener they would end the process.
  boss.on("error", (error) => console.error("[jobs]", error));
  let started: Promise<unknown> | undefined;

  return {
    async start() {
      started ??= boss.start().catch((error: unknown) => {
        started = undefined;
        throw error;
      });
      await started;
    },
    // Not graceful: hosts give a stopping server a few seconds, and a job cut short is failed now
    // (and retried per its queue) rather than after its expiry.
    stop: () => boss.stop({ graceful: false, close: false }),
    createQueue: (name, options) => boss.createQueue(name, bossQueueOptions(name, options)),
    async enqueue(name, data, { startAfter, singletonKey, retryLimit, retryDelaySeconds, retryBackoff, inTransaction } = {}) {
      const id = await boss.send(name, data, {
        ...(startAfter !== undefined && { startAfter }),
        ...(singletonKey !== undefined && { singletonKey }),
        ...(retryLimit !== undefined && { retryLimit }),
        ...(retryDelaySeconds !== undefined && { retryDelay: retryDelaySeconds }),
        ...(retryBackoff !== undefined && { retryBackoff }),
        ...(inTransaction && { db: statementRunner(inTransaction) }),
      });
      // pg-boss answers null both for "a singleton is already waiting" and for "no such queue".
      if (id === null && singletonKey === undefined) throw new Error(`Job queue "${name}" does not exist: create it before enqueueing.`);
      return id;
    },
    async work<Data extends object>(name: string, handler: JobHandler<Data>, { batchSize = 1, pollingIntervalSeconds = defaultPollingSeconds, workers = 1 }: WorkOptions = {}) {
      for (let worker = 0; worker < workers; worker++) {
        await boss.work<Data>(name, { batchSize, pollingIntervalSeconds }, async (jobs) => {
          // Each job settles on its own; pg-boss's completion of the batch afterwards then only
          // touches jobs still active (none).
          for (const job of jobs) {
            try {
              await handler(job.data, { id: job.id, name: job.name });
              await boss.complete(name, job.id);
            } catch (error) {
              console.error(`[jobs] ${name} failed:`, error);
              await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }
        });
      }
    },
    schedule: (name, cron, data = {}, options = {}) => boss.schedule(name, cron, data, options),
  };
}

/**
 * Enqueues into `tx` only, for code that has a transaction but no queue at hand (a click, an
 * order's completion): pg-boss's INSERT runs on that transaction and nothing else is opened.
 */
export function transactionQueue(tx: Executor): Pick<JobQueue, "enqueue"> {
  const queue = createJobQueue(statementRunner(tx));
  return { enqueue: (name, data, options) => queue.enqueue(name, data, { ...options, inTransaction: tx }) };
}

const holder = globalThis as unknown as { __jobQueue?: JobQueue };

/**
 * This process's queue on the store's database, created on first use (kept on globalThis so dev-mode
 * reloads reuse it). `instrumentation.ts` starts it in the server, never in `next build`.
 */
export async function jobQueue(): Promise<JobQueue> {
  const handle = await databaseHandle();
  if (!holder.__jobQueue) {
    holder.__jobQueue = createJobQueue(handle);
    stopOnSignals(holder.__jobQueue);
  }
  return holder.__jobQueue;
}

/** Enqueues on this process's queue; pass `inTransaction` to enqueue with the write that is the reason for the job. */
export async function enqueue(name: string, data: object, options?: EnqueueOptions): Promise<string | null> {
  return (await jobQueue()).enqueue(name, data, options);
}

/**
 * On SIGTERM/SIGINT the queue stops (at most a second) before the process exits. `next start`
 * handles the signals itself and exits when its server has closed; where nothing else does, the
 * signal is raised again once the queue has stopped so that the default (exit) still happens.
 */
function stopOnSignals(queue: JobQueue) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      const othersHandle = process.listenerCount(signal) > 0;
      const atMostASecond = new Promise((resolve) => setTimeout(resolve, 1_000).unref());
      void Promise.race([queue.stop(), atMostASecond])
        .catch((error: unknown) => console.error("[jobs] stopping failed:", error))
        .finally(() => {
          if (!othersHandle) process.kill(process.pid, signal);
        });
    });
  }
}

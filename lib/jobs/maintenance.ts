import "server-only";
import type { Executor } from "@/db/client";
import { reconcileStuckCharges, sweepExpiredHolds } from "@/lib/checkout/reconcile";
import { mailRenderers } from "@/lib/mail/renderers";
import { deliverDueMail } from "@/lib/mail/send";
import type { Gateway } from "@/lib/payments/types";
import { purgeOldCspReports } from "@/lib/security/csp-reports";
import { purgeExpiredRateLimits } from "@/lib/security/rate-limit";
import { purgeOldRefusals } from "@/lib/security/refusals";
import type { JobQueue, WorkOptions } from "./queue";
import { startWorkerOnce } from "./start-worker";

type Duty = (db: Executor, gateway: Gateway, now: Date) => Promise<number>;

/**
 * The store's background duties: deliver mail that is due (queued receipts, retries), release card
 * holds that ran out (after asking the gateway), forget expired limits, and refusals and CSP
 * reports older than 30 days. Each claims its rows, so two runs at once (two instances) do nothing twice.
 */
const duties = {
  mail: (db, _gateway, now) => deliverDueMail(db, { renderers: mailRenderers, now }),
  holds: (db, gateway, now) => sweepExpiredHolds(db, gateway, now),
  limits: async (db, _gateway, now) =>
    (await purgeExpiredRateLimits(db, { now })) + (await purgeOldRefusals(db, { now })) + (await purgeOldCspReports(db, { now })),
} satisfies Record<string, Duty>;

type DutyName = keyof typeof duties;

/** One pass of every duty, each on its own: one failing is logged and the others still run. */
export async function runMaintenance(db: Executor, gateway: Gateway, now = new Date()) {
  const done: Partial<Record<DutyName, number>> = {};
  for (const name of Object.keys(duties) as DutyName[]) {
    try {
      done[name] = await duties[name](db, gateway, now);
    } catch (error) {
      console.error(`[maintenance] ${name} failed:`, error);
    }
  }
  return done;
}

/**
 * How often each duty runs. pg-boss's cron goes down to one minute, and mail retries and expired
 * holds want about 15 s (a receipt whose first send failed, a shopper waiting for stock a dead
 * checkout holds). So those two are chains: each run first enqueues its successor `everySeconds`
 * ahead. The queues' `short` policy allows one waiting job per duty across all instances (a unique
 * index, so a second enqueue does nothing): however many instances start, or seed the chain, it
 * stays one chain, and each of its jobs goes to one worker. A cron schedule every minute enqueues
 * the same job as a watchdog: nothing while a successor waits, a restart when the chain broke (the
 * database was down when a run tried to enqueue its successor). Rate limits only need forgetting
 * now and then: the cron alone.
 */
const cadence: Record<DutyName, { everySeconds: number }> = {
  mail: { everySeconds: 15 },
  holds: { everySeconds: 15 },
  limits: { everySeconds: 60 },
};

export const maintenanceQueue = (duty: DutyName) => `maintenance-${duty}`;

/**
 * Puts the duties on `queue`: creates their queues and schedules, starts a worker for each and runs
 * each once now. Every run is one job; a failed run is logged (lib/jobs/queue.ts) and counted by
 * /api/health, not retried: the next run is at most 15 s or a minute away.
 */
export async function scheduleMaintenance(
  queue: JobQueue,
  open: () => Promise<{ db: Executor; gateway: Gateway }>,
  workOptions: Pick<WorkOptions, "pollingIntervalSeconds"> = {},
) {
  const working = scheduled.get(queue) ?? new Set<DutyName>();
  scheduled.set(queue, working);
  for (const duty of Object.keys(duties) as DutyName[]) {
    if (working.has(duty)) continue;
    const name = maintenanceQueue(duty);
    const { everySeconds } = cadence[duty];
    // A run that outlives this (a worker that died mid-run) counts as failed.
    await queue.createQueue(name, { policy: "short", retryLimit: 0, expireInSeconds: 5 * 60 });
    await queue.schedule(name, "* * * * *", {}, { singletonKey: name });
    await queue.work(
      name,
      async () => {
        if (everySeconds < 60) {
          await queue
            .enqueue(name, {}, { startAfter: everySeconds, singletonKey: name })
            .catch((error: unknown) => console.error(`[maintenance] could not queue the next ${duty} run:`, error));
        }
        const { db, gateway } = await open();
        await duties[duty](db, gateway, new Date());
      },
      workOptions,
    );
    working.add(duty);
    await queue.enqueue(name, {}, { singletonKey: name });
  }
}

/** The duties each queue already works on: starting again after a failed start adds no second worker. */
const scheduled = new WeakMap<JobQueue, Set<DutyName>>();

/**
 * Runs in every server process (instrumentation.ts): settles card orders a crash left between charge
 * and outcome, once, then starts the job queue with the maintenance duties on it, trying again every
 * 15 s until the database lets it.
 */
export function startMaintenance(queue: () => Promise<JobQueue>, open: () => Promise<{ db: Executor; gateway: Gateway }>) {
  if (holder.__maintenanceStarted) return;
  holder.__maintenanceStarted = true;
  void open()
    .then(async ({ db, gateway }) => {
      const settled = await reconcileStuckCharges(db, gateway);
      if (settled) console.log(`[maintenance] settled ${settled} card order(s) left pending by a restart`);
    })
    .catch((error: unknown) => console.error("[maintenance] reconciling stuck charges failed:", error));
  startWorkerOnce("maintenance", queue, (jobs) => scheduleMaintenance(jobs, open));
}

const holder = globalThis as unknown as { __maintenanceStarted?: boolean };

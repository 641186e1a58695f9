import "server-only";
import type { Executor } from "@/db/client";
import { reconcileStuckCharges, sweepExpiredHolds } from "@/lib/checkout/reconcile";
import { orderMailRenderers } from "@/lib/checkout/receipt";
import { deliverDueMail } from "@/lib/mail/send";
import type { Gateway } from "@/lib/payments/types";
import { purgeExpiredRateLimits } from "@/lib/security/rate-limit";

/**
 * The store's background duties, one pass: deliver mail that is due (queued receipts, retries),
 * release card holds that ran out (after asking the gateway), forget expired limits. Safe to run on
 * every instance at once: each step claims its rows. The recovery issue moves these onto pg-boss.
 */
export async function runMaintenance(db: Executor, gateway: Gateway, now = new Date()) {
  const tasks = {
    mail: () => deliverDueMail(db, { renderers: orderMailRenderers, now }),
    holds: () => sweepExpiredHolds(db, gateway, now),
    limits: () => purgeExpiredRateLimits(db, { now }),
  };
  const done: Partial<Record<keyof typeof tasks, number>> = {};
  for (const [name, task] of Object.entries(tasks) as [keyof typeof tasks, () => Promise<number>][]) {
    try {
      done[name] = await task();
    } catch (error) {
      console.error(`[maintenance] ${name} failed:`, error);
    }
  }
  return done;
}

const holder = globalThis as unknown as { __maintenance?: NodeJS.Timeout };
export const maintenanceIntervalMs = 15_000;

/** Starts the worker in this server process: reconciles stuck charges once, then runs every 15 s. */
export function startMaintenance(open: () => Promise<{ db: Executor; gateway: Gateway }>) {
  if (holder.__maintenance) return;
  let running = false;
  const tick = async (first: boolean) => {
    if (running) return;
    running = true;
    try {
      const { db, gateway } = await open();
      if (first) {
        const settled = await reconcileStuckCharges(db, gateway);
        if (settled) console.log(`[maintenance] settled ${settled} card order(s) left pending by a restart`);
      }
      await runMaintenance(db, gateway);
    } catch (error) {
      console.error("[maintenance] pass failed:", error);
    } finally {
      running = false;
    }
  };
  holder.__maintenance = setInterval(() => void tick(false), maintenanceIntervalMs);
  holder.__maintenance.unref();
  void tick(true);
}

export function stopMaintenance() {
  clearInterval(holder.__maintenance);
  holder.__maintenance = undefined;
}

import type { QueueOptions } from "@/lib/jobs/queue-options";

/**
 * The `recovery-step` queue: one job per cart and step (`recovery:<cart>:<step>`). `short` keeps
 * one waiting job per key, so starting a sequence again while its step waits adds nothing. A run
 * that fails (the database went away) is retried with back-off; the step re-checks everything
 * anyway. Created with pg-boss's tables (db/migrate.ts): requests enqueue into it before any
 * worker ran, and pg-boss drops a singleton job for a missing queue without a word.
 */
export const recoveryStepQueue = {
  name: "recovery-step",
  options: { policy: "short", retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 5 * 60 } satisfies QueueOptions,
};

export interface RecoveryStepJob {
  cartId: string;
  step: number;
}

export const recoveryStepKey = ({ cartId, step }: RecoveryStepJob) => `recovery:${cartId}:${step}`;

import type PgBoss from "pg-boss";

export interface QueueOptions {
  /** `short`: at most one job waiting per singleton key (more are ignored when enqueued). */
  policy?: "standard" | "short";
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Each retry waits about twice as long as the one before (with jitter), from `retryDelaySeconds`. */
  retryBackoff?: boolean;
  /** A job still running after this long counts as failed (a crashed worker's job comes back). */
  expireInSeconds?: number;
}

/** A queue's options as pg-boss takes them. It checks every option it is given, undefined ones too: only those set are passed on. */
export function bossQueueOptions(name: string, { policy = "standard", retryLimit, retryDelaySeconds, retryBackoff, expireInSeconds }: QueueOptions = {}): PgBoss.Queue {
  return {
    name,
    policy,
    ...(retryLimit !== undefined && { retryLimit }),
    ...(retryDelaySeconds !== undefined && { retryDelay: retryDelaySeconds }),
    ...(retryBackoff !== undefined && { retryBackoff }),
    ...(expireInSeconds !== undefined && { expireInSeconds }),
  };
}

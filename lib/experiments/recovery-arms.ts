import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { RecoverySettings } from "@/lib/recovery/settings";
import { assignArm } from "./assignment";
import { runningExperiments } from "./experiments";
import type { TargetOption } from "./targets";

const incentives: Record<TargetOption<"recovery_incentive">, (settings: RecoverySettings) => RecoverySettings["incentive"]> = {
  asConfigured: (settings) => settings.incentive,
  none: () => null,
  percent10: () => ({ kind: "percent", value: 10 }),
  freeShipping: () => ({ kind: "free_shipping" }),
};

const minute = 60_000;
const firstDelays: Record<TargetOption<"recovery_timing">, number | null> = {
  asConfigured: null,
  after30Minutes: 30 * minute,
  after1Hour: 60 * minute,
  after24Hours: 24 * 60 * minute,
};

/**
 * The reminder delays with the first one moved to `first`; the later ones keep their distance from
 * it when it moves later (each must stay longer than the one before), and stay as they are when it
 * moves sooner.
 */
export function withFirstDelay(delays: readonly number[], first: number | null): number[] {
  if (first === null) return [...delays];
  const shift = Math.max(0, first - delays[0]!);
  return delays.map((delay, step) => (step === 0 ? first : delay + shift));
}

export interface RecoveryArm {
  target: "recovery_incentive" | "recovery_timing";
  experimentKey: string;
  arm: string;
  visitorId: string;
}

export interface RecoveryArms {
  /** The settings the cart's reminders are decided with: the merchant's, with the visitor's arms applied. */
  settings: RecoverySettings;
  arms: RecoveryArm[];
}

/**
 * The reminder settings for a cart while experiments vary its reminders: its visitor's arm of the
 * incentive experiment decides the last reminder's incentive (none, 10 % off, free shipping or the
 * merchant's own), its arm of the timing experiment when the first reminder goes out. Without such
 * experiments, the settings as given.
 */
export async function recoveryArmsFor(tx: Transaction, { cartId, settings }: { cartId: string; settings: RecoverySettings }): Promise<RecoveryArms> {
  const running = await runningExperiments(tx);
  const incentive = running.find((experiment) => experiment.target === "recovery_incentive");
  const timing = running.find((experiment) => experiment.target === "recovery_timing");
  if (!incentive && !timing) return { settings, arms: [] };
  const [cart] = await queryRows<{ visitorId: string }>(tx, sql`select visitor_id as "visitorId" from carts where id = ${cartId}`);
  if (!cart) return { settings, arms: [] };
  const arms: RecoveryArm[] = [];
  let decided = settings;
  if (incentive) {
    const arm = incentive.arms.find((candidate) => candidate.key === assignArm(incentive.key, cart.visitorId, incentive.arms))!;
    decided = { ...decided, incentive: (incentives[arm.value as TargetOption<"recovery_incentive">] ?? incentives.asConfigured)(settings) };
    arms.push({ target: "recovery_incentive", experimentKey: incentive.key, arm: arm.key, visitorId: cart.visitorId });
  }
  if (timing) {
    const arm = timing.arms.find((candidate) => candidate.key === assignArm(timing.key, cart.visitorId, timing.arms))!;
    decided = { ...decided, delays: withFirstDelay(settings.delays, firstDelays[arm.value as TargetOption<"recovery_timing">] ?? null) };
    arms.push({ target: "recovery_timing", experimentKey: timing.key, arm: arm.key, visitorId: cart.visitorId });
  }
  return { settings: decided, arms };
}

/**
 * A reminder went out: the shopper was shown their arms. The timing arm shows with the first
 * reminder, the incentive arm with the last (with or without its incentive).
 */
export async function recordRecoveryExposures(tx: Transaction, arms: RecoveryArm[], { step, last, now }: { step: number; last: boolean; now: Date }) {
  for (const arm of arms) {
    const shown = arm.target === "recovery_timing" ? step === 1 : last;
    if (!shown) continue;
    // Device and traffic are the visitor's latest event's: a reminder to a test shopper stays test traffic.
    await tx.execute(sql`insert into experiment_exposures (experiment_key, visitor_id, arm, device, traffic, at)
      select ${arm.experimentKey}, ${arm.visitorId}, ${arm.arm}, coalesce(last.device, 'desktop'), coalesce(last.traffic, 'human'), ${now.toISOString()}::timestamptz
      from (select 1) one left join lateral (select device, traffic from events where visitor_id = ${arm.visitorId} order by at desc limit 1) last on true
      on conflict (experiment_key, visitor_id) do nothing`);
  }
}

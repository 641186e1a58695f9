import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { RecoverySettings } from "@/lib/recovery/settings";
import { assignArm } from "./assignment";
import { runningExperiment } from "./experiments";
import type { TargetOption } from "./targets";

const incentives: Record<TargetOption<"recovery_incentive">, (settings: RecoverySettings) => RecoverySettings["incentive"]> = {
  asConfigured: (settings) => settings.incentive,
  none: () => null,
  percent10: () => ({ kind: "percent", value: 10 }),
  freeShipping: () => ({ kind: "free_shipping" }),
};

export interface IncentiveArm {
  experimentKey: string;
  arm: string;
  visitorId: string;
  settings: RecoverySettings;
}

/**
 * The reminder settings a cart's last reminder is decided with while an experiment varies the
 * recovery incentive: the cart's visitor gets their arm's incentive (none, 10 % off, free shipping,
 * or the merchant's own). Null when no such experiment runs.
 */
export async function incentiveArmFor(tx: Transaction, { cartId, settings }: { cartId: string; settings: RecoverySettings }): Promise<IncentiveArm | null> {
  const experiment = await runningExperiment(tx, "recovery_incentive");
  if (!experiment) return null;
  const [cart] = await queryRows<{ visitorId: string }>(tx, sql`select visitor_id as "visitorId" from carts where id = ${cartId}`);
  if (!cart) return null;
  const armKey = assignArm(experiment.key, cart.visitorId, experiment.arms);
  const value = experiment.arms.find((arm) => arm.key === armKey)!.value as TargetOption<"recovery_incentive">;
  return { experimentKey: experiment.key, arm: armKey, visitorId: cart.visitorId, settings: { ...settings, incentive: (incentives[value] ?? incentives.asConfigured)(settings) } };
}

/** The shopper was shown their arm: the last reminder, with or without its incentive, went out. */
export async function recordIncentiveExposure(tx: Transaction, arm: IncentiveArm, now: Date) {
  await tx.execute(sql`insert into experiment_exposures (experiment_key, visitor_id, arm, device, traffic, at)
    values (${arm.experimentKey}, ${arm.visitorId}, ${arm.arm}, 'desktop', 'human', ${now.toISOString()}::timestamptz)
    on conflict (experiment_key, visitor_id) do nothing`);
}

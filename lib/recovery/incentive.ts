import "server-only";
import { randomBytes } from "node:crypto";
import type { Transaction } from "@/db/client";
import { coupons } from "@/db/schema";
import type { RecoverySettings } from "./settings";

/**
 * The last reminder's incentive: a code of its own (`BACK-` and 40 random bits, so not guessable
 * from another), good for one order, for `incentiveValidDays`. Null when the merchant offers none.
 */
export async function createIncentiveCoupon(tx: Transaction, { settings, now }: { settings: RecoverySettings; now: Date }): Promise<string | null> {
  const { incentive } = settings;
  if (!incentive) return null;
  const code = `BACK-${randomBytes(5).toString("hex").toUpperCase()}`;
  await tx.insert(coupons).values({
    code,
    kind: incentive.kind,
    value: incentive.kind === "percent" ? incentive.value : 0,
    usageLimit: 1,
    expiresAt: new Date(now.getTime() + settings.incentiveValidDays * 24 * 60 * 60_000),
  });
  return code;
}

import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { signInRequests } from "@/db/schema";

/** Sign-in links one address may be sent per hour, and requests one browser may make per 10 minutes. */
export const signInLimits = { perEmailPerHour: 5, perVisitorPer10Minutes: 10 } as const;

export type SignInAllowance = { ok: true } | { ok: false; reason: "email" | "visitor" };

/**
 * Records a magic-link request if it is within the limits, so neither one inbox nor one browser
 * can be used to send a flood of mail. Counting and recording happen together, in one transaction.
 */
export async function allowSignInRequest(db: Executor, { email, visitorId, now = new Date() }: { email: string; visitorId: string; now?: Date }): Promise<SignInAllowance> {
  return db.transaction(async (tx) => {
    const hourAgo = new Date(now.getTime() - 3_600_000);
    const tenMinutesAgo = new Date(now.getTime() - 600_000);
    const [byEmail] = await tx.select({ n: count() }).from(signInRequests).where(and(eq(signInRequests.email, email), gt(signInRequests.at, hourAgo)));
    if ((byEmail?.n ?? 0) >= signInLimits.perEmailPerHour) return { ok: false, reason: "email" } as const;
    const [byVisitor] = await tx
      .select({ n: count() })
      .from(signInRequests)
      .where(and(eq(signInRequests.visitorId, visitorId), gt(signInRequests.at, tenMinutesAgo)));
    if ((byVisitor?.n ?? 0) >= signInLimits.perVisitorPer10Minutes) return { ok: false, reason: "visitor" } as const;
    await tx.insert(signInRequests).values({ email, visitorId, at: now });
    return { ok: true } as const;
  });
}

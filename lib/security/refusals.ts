import "server-only";
import { count, countDistinct, desc, gte, lt, max } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { limitRefusals } from "@/db/schema";

/** A request an abuse limit refused: the limit (action and subject kind), the subject's hash as in its bucket, and the wait it was told. */
export interface Refusal {
  action: string;
  subject: string;
  subjectHash: string;
  retryAfterSeconds: number;
  at: Date;
}

/** How long refusals are kept for the admin: long enough to see a pattern, not a record of shoppers. */
export const refusalRetentionDays = 30;

/** Logs a refusal: a row for the admin and one JSON line on the server's log (for log search and alerts). */
export async function recordRefusal(db: Executor, refusal: Omit<Refusal, "at"> & { at?: Date }): Promise<void> {
  const { action, subject, subjectHash, retryAfterSeconds } = refusal;
  await db.insert(limitRefusals).values({ action, subject, subjectHash, retryAfterSeconds, at: refusal.at });
  console.warn(JSON.stringify({ event: "limit_refused", action, subject, subjectHash, retryAfterSeconds }));
}

/** The latest refusals, newest first. */
export async function recentRefusals(db: Executor, { limit = 50 }: { limit?: number } = {}): Promise<Refusal[]> {
  return db
    .select({
      action: limitRefusals.action,
      subject: limitRefusals.subject,
      subjectHash: limitRefusals.subjectHash,
      retryAfterSeconds: limitRefusals.retryAfterSeconds,
      at: limitRefusals.at,
    })
    .from(limitRefusals)
    .orderBy(desc(limitRefusals.at), desc(limitRefusals.id))
    .limit(Math.max(1, Math.min(limit, 500)));
}

export interface RefusalCount {
  action: string;
  subject: string;
  refusals: number;
  /** Distinct subjects refused: one noisy browser or many. */
  subjects: number;
  lastAt: Date;
}

/** Refusals of the last `hours` (24 by default) per limit, the most refused first. */
export async function refusalCounts(db: Executor, { hours = 24, now = new Date() }: { hours?: number; now?: Date } = {}): Promise<RefusalCount[]> {
  const rows = await db
    .select({
      action: limitRefusals.action,
      subject: limitRefusals.subject,
      refusals: count(),
      subjects: countDistinct(limitRefusals.subjectHash),
      lastAt: max(limitRefusals.at),
    })
    .from(limitRefusals)
    .where(gte(limitRefusals.at, new Date(now.getTime() - hours * 3_600_000)))
    .groupBy(limitRefusals.action, limitRefusals.subject)
    .orderBy(desc(count()), limitRefusals.action, limitRefusals.subject);
  return rows.map((row) => ({ ...row, lastAt: row.lastAt! }));
}

/** Forgets refusals older than `refusalRetentionDays` (the maintenance worker calls it). */
export async function purgeOldRefusals(db: Executor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const gone = await db
    .delete(limitRefusals)
    .where(lt(limitRefusals.at, new Date(now.getTime() - refusalRetentionDays * 86_400_000)))
    .returning({ id: limitRefusals.id });
  return gone.length;
}

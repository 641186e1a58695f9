import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

/** At most `limit` hits on `bucket` per fixed window of `windowSeconds`. */
export interface RateLimitRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
  /**
   * Checked, not counted: refused once the window already holds `limit` hits. For events counted
   * later by `addRateLimitHits` (a card decline is known only after the charge it refuses the next of).
   */
  checkOnly?: boolean;
}

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; bucket: string };

class Refused extends Error {
  constructor(readonly verdict: RateLimitVerdict & { ok: false }) {
    super("rate limited");
  }
}

/**
 * Counts one hit on every rule's bucket (fixed windows in `rate_limits`, so every instance shares
 * them) and says whether all stayed within their limits. A refused hit is rolled back everywhere:
 * it uses up nothing, so being refused on one bucket never spends another (an address's allowance
 * is not eaten by requests a per-IP limit already stopped). Concurrent callers serialize on the
 * bucket rows, taken in bucket order so two overlapping sets never deadlock. `checkOnly` rules are
 * read in the same transaction, unlocked and untouched.
 *
 * `once` names the request (a bucket of its own, kept for `windowSeconds`): the same request again
 * counts nothing and is only weighed against the `checkOnly` rules. A twin still in flight holds
 * that bucket's row, so its repeat waits and then sees it counted, or refused and rolled back.
 */
export async function consumeRateLimits(
  db: Executor,
  rules: RateLimitRule[],
  { now, once }: { now?: Date; once?: { bucket: string; windowSeconds: number } } = {},
): Promise<RateLimitVerdict> {
  const buckets = inLockOrder(rules);
  if (buckets.length === 0) return { ok: true };
  const byBucket = new Map(buckets.map((rule) => [rule.bucket, rule]));
  const checked = buckets.filter((rule) => rule.checkOnly);
  const at = timeOf(now);
  try {
    return await db.transaction(async (tx) => {
      const repeat = once && (await queryRows<BucketState>(tx, hitSql([{ ...once, limit: 1 }], at)))[0]!.hits > 1;
      const counted = repeat ? [] : buckets.filter((rule) => !rule.checkOnly);
      const rows = counted.length ? await queryRows<BucketState>(tx, hitSql(counted, at)) : [];
      if (checked.length) {
        // Counted as if this request were one more hit: refused when the window is already full.
        rows.push(
          ...(await queryRows<BucketState>(
            tx,
            sql`select bucket, hits + 1 as hits, greatest(1, ceil(extract(epoch from resets_at - ${at})))::int as "retryAfter"
                from rate_limits where bucket in (${sql.join(
                  checked.map((rule) => sql`${rule.bucket}`),
                  sql`, `,
                )}) and resets_at > ${at}`,
          )),
        );
      }
      // Refuse with the longest wait among the buckets that are full: retrying sooner would fail again.
      const full = rows.filter((row) => row.hits > byBucket.get(row.bucket)!.limit).sort((a, b) => b.retryAfter - a.retryAfter)[0];
      if (full) throw new Refused({ ok: false, retryAfterSeconds: full.retryAfter, bucket: full.bucket });
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.verdict;
    throw error;
  }
}

/** Counts one hit on every rule's bucket and refuses nothing: the event happened, a later `checkOnly` rule weighs it. */
export async function addRateLimitHits(db: Executor, rules: RateLimitRule[], { now }: { now?: Date } = {}): Promise<void> {
  const buckets = inLockOrder(rules);
  if (buckets.length) await queryRows<BucketState>(db, hitSql(buckets, timeOf(now)));
}

/** Each bucket once, in bucket order: rows are locked in that order, so two overlapping sets never deadlock. */
function inLockOrder(rules: RateLimitRule[]): RateLimitRule[] {
  return [...new Map(rules.map((rule) => [rule.bucket, rule])).values()].sort((a, b) => (a.bucket < b.bucket ? -1 : 1));
}

type BucketState = { bucket: string; hits: number; retryAfter: number };

const timeOf = (now: Date | undefined) => (now ? sql`${now.toISOString()}::timestamptz` : sql`now()`);

/** One more hit on each bucket, in a new window where the last one ended; the buckets' state after it. */
function hitSql(buckets: RateLimitRule[], at: SQL) {
  return sql`insert into rate_limits (bucket, hits, resets_at)
      values ${sql.join(
        buckets.map((rule) => sql`(${rule.bucket}, 1, ${at} + ${rule.windowSeconds}::int * interval '1 second')`),
        sql`, `,
      )}
      on conflict (bucket) do update set
        hits = case when rate_limits.resets_at <= ${at} then 1 else rate_limits.hits + 1 end,
        resets_at = case when rate_limits.resets_at <= ${at} then excluded.resets_at else rate_limits.resets_at end
      returning bucket, hits, greatest(1, ceil(extract(epoch from resets_at - ${at})))::int as "retryAfter"`;
}

/** Drops windows that have ended (the maintenance worker calls it); a later hit simply starts a new one. */
export async function purgeExpiredRateLimits(db: Executor, { now }: { now?: Date } = {}): Promise<number> {
  const rows = await queryRows<{ bucket: string }>(db, sql`delete from rate_limits where resets_at <= ${timeOf(now)} returning bucket`);
  return rows.length;
}

/** Whole minutes to wait, never 0, for messages such as "Try again in 3 minutes". */
export const retryMinutes = (retryAfterSeconds: number) => Math.max(1, Math.ceil(retryAfterSeconds / 60));

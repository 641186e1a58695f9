import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { jobSchema } from "@/db/migrate";
import { queryRows } from "@/db/rows";

export interface QueueHealth {
  /** Jobs waiting whose time has come (new or to be retried): a growing number means workers lag. */
  due: number;
  /** Jobs that failed after their last retry, in the last 24 hours. */
  failed: number;
}

/** For /api/health: the store's jobs that are due and that failed (pg-boss's own cron relay left out). */
export async function queueHealth(db: Executor): Promise<QueueHealth> {
  const [installed] = await queryRows<{ job: string | null }>(db, sql`select to_regclass(${`${jobSchema}.job`})::text as job`);
  if (!installed?.job) return { due: 0, failed: 0 };
  const [counts] = await queryRows<{ due: number; failed: number }>(
    db,
    sql`select count(*) filter (where state in ('created', 'retry') and start_after <= now())::int as due,
               count(*) filter (where state = 'failed')::int as failed
        from ${sql.identifier(jobSchema)}.job where not starts_with(name, '__pgboss__')`,
  );
  return counts ?? { due: 0, failed: 0 };
}

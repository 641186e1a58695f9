import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { explainDatabaseError } from "@/db/explain-error";
import { env } from "@/lib/env";
import { queueHealth, type QueueHealth } from "@/lib/jobs/queries";
import { outboxBacklog } from "@/lib/mail/queries";
import { mailPolicy } from "@/lib/mail/send";

/**
 * A database that takes longer than this to answer `select 1` counts as down: checkers want an
 * answer at once. One that refuses connections is reported as soon as it refuses.
 */
const answerWithinMs = 2_000;

async function pingDatabase(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerWithinMs} ms`)), answerWithinMs);
  });
  try {
    await Promise.race([getDb().then((db) => db.execute(sql`select 1`)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type StoreHealth =
  | { up: true; latencyMs: number; mail: Awaited<ReturnType<typeof outboxBacklog>>; queue: QueueHealth }
  /** `problem`: one line saying why, with no credentials from the database URL. */
  | { up: false; problem: string };

/** Whether the database answers (and how fast), the mail queue and the job queue: for /api/health. */
export async function checkStoreHealth(): Promise<StoreHealth> {
  const started = performance.now();
  try {
    await pingDatabase();
    const latencyMs = Math.round(performance.now() - started);
    const db = await getDb();
    // Mail waiting to be (re)tried and mail that gave up after every attempt; jobs due and failed.
    const [mail, queue] = await Promise.all([outboxBacklog(db, { maxAttempts: mailPolicy.maxAttempts }), queueHealth(db)]);
    return { up: true, latencyMs, mail, queue };
  } catch (error) {
    return { up: false, problem: explainDatabaseError(error, env.DATABASE_URL) };
  }
}

// Called by load balancers and uptime checks: reports whether the database answers, and the mail queue.
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { explainDatabaseError } from "@/db/explain-error";
import { env, services } from "@/lib/env";
import { outboxBacklog } from "@/lib/mail/queries";
import { mailPolicy } from "@/lib/mail/send";

export const dynamic = "force-dynamic";

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

export async function GET() {
  const started = performance.now();
  try {
    await pingDatabase();
    const latencyMs = Math.round(performance.now() - started);
    // Mail waiting to be (re)tried and mail that gave up after every attempt.
    const mail = await outboxBacklog(await getDb(), { maxAttempts: mailPolicy.maxAttempts });
    return Response.json(
      { status: "ok", database: { kind: services.database, status: "up", latencyMs }, mail },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    // One line per failed check: uptime checkers call this every few seconds.
    console.error(`[health] database check failed: ${explainDatabaseError(error, env.DATABASE_URL)}`);
    return Response.json(
      { status: "error", database: { kind: services.database, status: "down" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}

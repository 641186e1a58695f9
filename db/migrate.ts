import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import PgBoss from "pg-boss";
import { bossQueueOptions } from "@/lib/jobs/queue-options";
import { reminderDeliveryQueue } from "@/lib/recovery/delivery-queue";
import { recoveryStepQueue } from "@/lib/recovery/step-queue";
import { webhookDeliveryQueue } from "@/lib/webhooks/queue";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** The schema that holds pg-boss's tables (lib/jobs/queue.ts). */
export const jobSchema = "pgboss";

/**
 * Applies the committed drizzle-kit migrations (the same files serve PGlite and PostgreSQL), then
 * installs or upgrades pg-boss's tables, so a transaction can enqueue a job before any worker ran.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
  await installJobTables(handle);
}

/** The queues requests enqueue into (inside their own transactions), so they exist before any worker started. */
const requestQueues = [recoveryStepQueue, reminderDeliveryQueue, webhookDeliveryQueue];

/** pg-boss's own create-or-migrate, under its advisory lock: safe while instances are running. */
async function installJobTables(handle: DatabaseHandle): Promise<void> {
  const boss = new PgBoss({ db: handle, schema: jobSchema, migrate: true, supervise: false, schedule: false });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const { name, options } of requestQueues) await boss.createQueue(name, bossQueueOptions(name, options));
  await boss.stop({ graceful: false, close: false });
}

import { env } from "@/lib/env";
import { openDatabase, type Database, type DatabaseHandle } from "./client";

/**
 * The app's one database handle, opened on first use. Kept on globalThis so dev-mode
 * module reloads reuse the PGlite instance instead of opening its folder a second time.
 */
const holder = globalThis as unknown as { __storeDatabase?: Promise<DatabaseHandle> };

export function databaseHandle(): Promise<DatabaseHandle> {
  holder.__storeDatabase ??= openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX } : { dataDir: env.DATA_DIR },
  );
  return holder.__storeDatabase;
}

export async function getDb(): Promise<Database> {
  return (await databaseHandle()).db;
}

export type { Database, Executor, Transaction } from "./client";

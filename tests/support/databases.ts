import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export interface TestDatabase {
  name: "pglite" | "postgres";
  /** Opens a fresh, migrated, empty database; `close` removes it again. `poolMax` sizes a PostgreSQL pool for races. */
  open(options?: { poolMax?: number; connectTimeoutSeconds?: number }): Promise<TestDatabaseHandle>;
}

export interface TestDatabaseHandle extends DatabaseHandle {
  /** PostgreSQL only: a second pool on the same database, as another instance of the store would open. */
  openAnother?(): Promise<DatabaseHandle>;
}

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", ""].includes(host)) {
    throw new Error(`Refusing to run tests against non-local database host ${host}.`);
  }
}

/**
 * PGlite always; real PostgreSQL too when DATABASE_URL is set. Each PostgreSQL test run gets a
 * throwaway database of its own (created and dropped here), so nothing else is touched.
 */
export function testDatabases(): TestDatabase[] {
  const targets: TestDatabase[] = [
    {
      name: "pglite",
      async open() {
        const handle = await openDatabase({ dataDir: "memory://" });
        await migrateDatabase(handle);
        return handle;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    assertLocal(url);
    targets.push({
      name: "postgres",
      async open({ poolMax = 4, connectTimeoutSeconds }: { poolMax?: number; connectTimeoutSeconds?: number } = {}) {
        const name = `store_test_${randomBytes(5).toString("hex")}`;
        const admin = postgres(url, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${name}`);
        const scoped = new URL(url);
        scoped.pathname = `/${name}`;
        const handle = await openDatabase({ url: scoped.toString(), poolMax, connectTimeoutSeconds });
        await migrateDatabase(handle);
        const others: DatabaseHandle[] = [];
        return {
          ...handle,
          async openAnother() {
            const other = await openDatabase({ url: scoped.toString(), poolMax, connectTimeoutSeconds });
            others.push(other);
            return other;
          },
          async close() {
            await Promise.all(others.map((other) => other.close()));
            await handle.close();
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            await admin.end();
          },
        };
      },
    });
  }
  return targets;
}

export const hasPostgres = () => Boolean(process.env.DATABASE_URL);

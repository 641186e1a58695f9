import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { driverValue } from "./rows";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: query functions accept either. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  kind: "pglite" | "postgres";
  db: Database;
  /**
   * LISTEN on a channel (PostgreSQL: a dedicated connection; PGlite: in process). Resolves to an
   * unsubscribe. `onListen` runs each time the LISTEN is (re)established: after a lost connection,
   * announcements made meanwhile were missed.
   */
  listen(channel: string, onPayload: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  /**
   * Runs SQL written for node-postgres on the app's own connections: `$1` placeholders with
   * `values`, or several statements (even a `BEGIN … COMMIT` of their own) without. pg-boss brings
   * its SQL this way (lib/jobs/queue.ts). Rows of the last statement.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string; poolMax?: number; connectTimeoutSeconds?: number } | { dataDir: string };

/**
 * PGlite runs Postgres inside the server process, in WebAssembly memory that only ever grows.
 * Postgres's default 128 MB of shared buffers made it ~190 MB, almost all resident: the store's
 * whole database is a few tens of MB and the file system caches it anyway. 16 MB keeps the hot
 * pages (measured: `npm run bench`, docs/performance.md). The WASM module's own floor is 128 MB.
 */
const pgliteMemory = ["-c", "shared_buffers=16MB"];

/** How long to wait for PostgreSQL to accept a connection (a local or same-region server takes milliseconds). */
const connectTimeoutSeconds = 2;

/**
 * Opens the store's database: PostgreSQL through postgres.js when a URL is given,
 * otherwise PGlite persisted in `dataDir` ("memory://" for a throwaway one).
 * PGlite is one process, one connection: never open the same folder twice.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ("url" in target) {
    const sql = postgres(target.url, {
      max: target.poolMax ?? 4,
      onnotice: () => {},
      // When the database is down a page must fail within seconds. By default postgres.js waits
      // 30 s for a connection and, after each failed one, up to 20 s more before trying again
      // (exponential back-off shared by the pool): pages took 5–48 s to fail.
      connect_timeout: target.connectTimeoutSeconds ?? connectTimeoutSeconds,
      backoff: () => 0.1,
    });
    return {
      kind: "postgres",
      db: drizzlePostgres(sql, { schema }) as unknown as Database,
      async listen(channel, onPayload, onListen) {
        const { unlisten } = await sql.listen(channel, (payload) => onPayload(payload), onListen);
        return unlisten;
      },
      async executeSql(text, values) {
        if (values?.length) return { rows: await sql.unsafe(text, values.map(driverValue) as never[]) };
        // postgres.js refuses a BEGIN on a pooled connection (the pool could hand it to someone else
        // mid-transaction): several statements run on a connection reserved for them.
        const reserved = await sql.reserve();
        try {
          return { rows: lastResult(await reserved.unsafe(text)) };
        } catch (error) {
          // A statement that failed inside the text's own transaction leaves it open and aborted.
          await reserved.unsafe("rollback").catch(() => {});
          throw error;
        } finally {
          reserved.release();
        }
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  if (!target.dataDir.includes("://")) mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir, { extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, ...pgliteMemory] });
  return {
    kind: "pglite",
    db: drizzlePglite(client, { schema }) as unknown as Database,
    async listen(channel, onPayload, onListen) {
      const unlisten = await client.listen(channel, onPayload);
      onListen?.();
      return unlisten;
    },
    async executeSql(text, values) {
      // Parameters need the extended protocol (`query`), several statements the simple one (`exec`).
      if (values?.length) return { rows: (await client.query(text, values.map(driverValue))).rows };
      try {
        return { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
      } catch (error) {
        // The one connection must not stay inside the text's aborted transaction.
        await client.exec("rollback").catch(() => {});
        throw error;
      }
    },
    close: () => client.close(),
  };
}

/** postgres.js answers several statements with one row list each. */
function lastResult(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? ((result.at(-1) as unknown[]) ?? []) : result;
}

/**
 * Returns the store to its seed: every order, cart, account, event, experiment, survey answer,
 * mail and job is gone, and the catalog, pricing rules and markets are seeded afresh — a clean
 * start between two UX studies (docs/benchmark.md). Stop the server first.
 *   PGlite (no DATABASE_URL): the data folder is removed and made again. Uploaded images stay in
 *   their folder (named by content, shared by the data folders beside it): nothing points at them.
 *   PostgreSQL (DATABASE_URL): its public, drizzle and pgboss schemas are dropped; asks for --yes,
 *   because that database may hold a real shop.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { jobSchema } from "@/db/migrate";
import { env } from "@/lib/env";
import { prepareDatabase, reportPrepareFailure } from "./prepare-db";

async function reset() {
  if (env.DATABASE_URL) {
    if (!process.argv.includes("--yes")) {
      console.error(`✗ This empties the PostgreSQL database in DATABASE_URL (orders, accounts, everything). Run again with --yes to go ahead:\n  npm run db:reset -- --yes`);
      process.exit(1);
    }
    const handle = await openDatabase({ url: env.DATABASE_URL, poolMax: 1 });
    try {
      console.log("▸ Dropping the store's schemas…");
      await handle.db.execute(sql.raw(`drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists ${jobSchema} cascade; create schema public;`));
    } finally {
      await handle.close();
    }
  } else {
    const dataDir = path.resolve(env.DATA_DIR);
    console.log(`▸ Removing ${dataDir}…`);
    await rm(dataDir, { recursive: true, force: true });
  }
  await prepareDatabase({ seed: true, reseed: false });
}

reset().catch((error) => {
  reportPrepareFailure(error);
  process.exit(1);
});

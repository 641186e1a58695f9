/**
 * Migrates the database and seeds the catalog once. Runs before the server starts (never inside
 * `next build`) with a single connection, so it is safe for PGlite's one-process data folder.
 *   --no-seed   only migrate
 *   --reseed    replace the catalog with the seed (development only)
 */
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { explainDatabaseError } from "@/db/explain-error";
import { migrateDatabase } from "@/db/migrate";
import { seedCategories, seedProducts } from "@/db/seed/catalog";
import { clearCatalog, isCatalogSeeded, loadCatalog } from "@/db/seed/load";
import { clearPricing, hasMarkets, insertMarkets, isPricingSeeded, loadPricing } from "@/db/seed/load-pricing";
import { seedMarkets } from "@/db/seed/markets";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { env, services } from "@/lib/env";
import { store } from "@/lib/store/config";

/** The database cannot be used at all (unreachable, refused, missing): the message says why in one line. */
export class DatabaseUnavailableError extends Error {}

/** The advisory lock key held while a process migrates and seeds PostgreSQL (any fixed number the app uses for nothing else). */
const preparingLock = 727_001;

export async function prepareDatabase(options: { seed: boolean; reseed: boolean }): Promise<void> {
  const where = services.database === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.DATA_DIR}`;
  console.log(`▸ Database: ${where}`);
  const started = Date.now();
  const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: 1 } : { dataDir: env.DATA_DIR }).catch(
    (error: unknown) => {
      throw new DatabaseUnavailableError(explainDatabaseError(error, env.DATABASE_URL), { cause: error });
    },
  );
  try {
    // Reach the server before anything else, so a wrong DATABASE_URL is named in one line.
    await handle.db.execute(sql`select 1`).catch((error: unknown) => {
      throw new DatabaseUnavailableError(explainDatabaseError(error, env.DATABASE_URL), { cause: error });
    });
    // Instances started together on one PostgreSQL each prepare it: one at a time (a session lock
    // on the pool's single connection), so the second finds it migrated and seeded.
    if (handle.kind === "postgres") await handle.db.execute(sql`select pg_advisory_lock(${preparingLock})`);
    await migrateAndSeed(handle, options);
  } finally {
    await handle.close();
  }
  console.log(`▸ Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Prints why the database could not be prepared: one line when it cannot be reached, the whole error otherwise. */
export function reportPrepareFailure(error: unknown) {
  if (error instanceof DatabaseUnavailableError) console.error(`✗ ${error.message}`);
  else console.error("✗ Preparing the database failed:", error);
}

async function migrateAndSeed(handle: DatabaseHandle, options: { seed: boolean; reseed: boolean }) {
  console.log("▸ Applying migrations…");
  await migrateDatabase(handle);
  if (!options.seed) return;
  if (options.reseed) {
    console.log("▸ Removing the current catalog and pricing rules…");
    await clearCatalog(handle.db);
    await clearPricing(handle.db);
  }
  if (await isCatalogSeeded(handle.db)) {
    console.log("▸ Catalog already seeded — skipping (npm run db:reseed replaces it).");
  } else {
    console.log("▸ Seeding the catalog…");
    await loadCatalog(handle.db, { categories: seedCategories, products: seedProducts, currency: store.currency }, (m) =>
      console.log(m),
    );
  }
  if (await isPricingSeeded(handle.db)) {
    console.log("▸ Shipping, tax and discount rules already seeded — skipping.");
  } else {
    const now = new Date();
    console.log("▸ Seeding shipping zones, delivery calendar, tax rates, coupons and promotions…");
    await loadPricing(handle.db, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  }
  if (!(await hasMarkets(handle.db))) {
    console.log("▸ Seeding markets (currencies, rates, the UK price list)…");
    await insertMarkets(handle.db, seedMarkets);
  }
}

const isMain = process.argv[1]?.endsWith("prepare-db.ts");
if (isMain) {
  const args = new Set(process.argv.slice(2));
  prepareDatabase({ seed: !args.has("--no-seed"), reseed: args.has("--reseed") }).catch((error) => {
    reportPrepareFailure(error);
    process.exit(1);
  });
}

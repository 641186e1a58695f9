import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedCategories, seedProducts } from "@/db/seed/catalog";
import { loadCatalog } from "@/db/seed/load";

/**
 * A migrated PGlite database holding the seed catalog, for one fuzz file. Creating a PGlite
 * cluster (initdb) takes seconds, copying one takes a fraction of that: the first fuzz file builds
 * a template folder (named after the migrations, the seed and the PGlite version, so a change makes
 * a new one), and every file opens a copy of its own, removed again on close.
 */
export async function openSeededPglite(): Promise<DatabaseHandle> {
  const template = await seededTemplate();
  const copy = mkdtempSync(path.join(os.tmpdir(), "store-fuzz-"));
  cpSync(template, copy, { recursive: true });
  const handle = await openDatabase({ dataDir: copy });
  return {
    ...handle,
    async close() {
      await handle.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

async function seededTemplate(): Promise<string> {
  const template = path.join(os.tmpdir(), `store-fuzz-template-${templateKey()}`);
  if (existsSync(template)) return template;
  // Built aside and renamed into place: a file running at the same time never opens half a template.
  const building = `${template}.${randomBytes(4).toString("hex")}`;
  const handle = await openDatabase({ dataDir: building });
  try {
    await migrateDatabase(handle);
    await loadCatalog(handle.db, { categories: seedCategories, products: seedProducts, currency: "USD" });
  } finally {
    await handle.close();
  }
  try {
    renameSync(building, template);
  } catch {
    // Another file renamed its copy first: use that one.
    rmSync(building, { recursive: true, force: true });
  }
  // Templates of earlier migrations or seeds are not opened again.
  for (const name of readdirSync(os.tmpdir())) {
    if (/^store-fuzz-template-[0-9a-f]{16}$/.test(name) && name !== path.basename(template)) rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
  return template;
}

function templateKey(): string {
  const hash = createHash("sha256");
  const root = process.cwd();
  const files = [
    ...readdirSync(path.join(root, "db", "migrations"), { recursive: true, encoding: "utf8" }).map((file) => path.join("db", "migrations", file)),
    ...readdirSync(path.join(root, "db", "seed"), { encoding: "utf8" }).map((file) => path.join("db", "seed", file)),
    path.join("node_modules", "@electric-sql", "pglite", "package.json"),
    path.join("node_modules", "pg-boss", "package.json"),
  ].sort();
  for (const file of files) {
    const full = path.join(root, file);
    if (/\.(sql|json|ts)$/.test(file)) hash.update(file).update(readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * `npm run backup:check`: proves that a backup restores, on throwaway databases only (the store's
 * own data is never read or written). docs/deploy.md → Backups and restore.
 *   PostgreSQL (DATABASE_URL set): a new database beside the one named, migrated and seeded by
 *   scripts/prepare-db.ts; a known change written; `pg_dump -Fc`; `pg_restore` into a second new
 *   database; both dropped at the end.
 *   PGlite (no DATABASE_URL): a new data folder, migrated and seeded; a known change written; the
 *   closed folder archived with tar and unpacked elsewhere; the copy opened with the app's client.
 * Then every table's row count and contents (md5 of its rows), every sequence's position and the
 * known change are compared. Prints the figures; exits 1 on any difference.
 *   PG_BIN=/usr/lib/postgresql/16/bin   where pg_dump and pg_restore are, when not on the PATH
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from "@/db/client";
import { queryRows } from "@/db/rows";

const exec = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL || undefined;
const pgBin = (tool: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, tool) : tool);
const tag = randomBytes(3).toString("hex");
const started = performance.now();

interface Snapshot {
  /** "schema.table" → its row count and the md5 of its rows as text, in order. */
  tables: Map<string, { rows: number; digest: string }>;
  /** "schema.sequence" → last value (new orders, carts… continue from it after a restore). */
  sequences: Map<string, string>;
}

interface KnownChange {
  sku: string;
  price: number;
  coupon: string;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-US")} kB`;
const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Migrates and seeds a database the way `npm run db:seed` does, in a process of its own. */
async function prepare(env: Record<string, string>): Promise<string> {
  const since = performance.now();
  try {
    await exec(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`scripts/prepare-db.ts failed:\n${stdout}${stderr}`, { cause: error });
  }
  return seconds(since);
}

/** A price lowered by one minor unit and a coupon added: data a restore must bring back exactly. */
async function writeKnownChange(handle: DatabaseHandle): Promise<KnownChange> {
  const [variant] = await queryRows<{ sku: string; price: number }>(handle.db, sql`select sku, price from variants where price > 0 order by sku limit 1`);
  if (!variant) throw new Error("The seeded database has no variant with a price.");
  const coupon = `BACKUP-CHECK-${tag.toUpperCase()}`;
  await handle.db.execute(sql`update variants set price = price - 1 where sku = ${variant.sku}`);
  await handle.db.execute(sql`insert into coupons (code, kind, value, usage_limit, times_used) values (${coupon}, 'fixed', 1234, 5, 2)`);
  console.log(`▸ Known change: variant ${variant.sku} price ${variant.price} → ${variant.price - 1}, coupon ${coupon} added (1234 off, used 2 of 5)`);
  return { sku: variant.sku, price: variant.price - 1, coupon };
}

async function knownChangeProblems(handle: DatabaseHandle, change: KnownChange): Promise<string[]> {
  const [variant] = await queryRows<{ price: number }>(handle.db, sql`select price from variants where sku = ${change.sku}`);
  const [coupon] = await queryRows<{ value: number; usage_limit: number; times_used: number }>(
    handle.db,
    sql`select value, usage_limit, times_used from coupons where code = ${change.coupon}`,
  );
  const problems: string[] = [];
  if (variant?.price !== change.price) problems.push(`variant ${change.sku}: price ${variant?.price ?? "missing"}, expected ${change.price}`);
  if (coupon?.value !== 1234 || coupon.usage_limit !== 5 || coupon.times_used !== 2) problems.push(`coupon ${change.coupon}: ${coupon ? JSON.stringify(coupon) : "missing"}`);
  return problems;
}

/** Every table's rows (partitions counted once, as the leaf tables that hold them) and every sequence. */
async function snapshot(handle: DatabaseHandle): Promise<Snapshot> {
  const tables = await queryRows<{ schema: string; name: string }>(
    handle.db,
    sql`select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname !~ '^pg_' and n.nspname <> 'information_schema' order by 1, 2`,
  );
  const result: Snapshot = { tables: new Map(), sequences: new Map() };
  for (const { schema, name } of tables) {
    const table = `${quoteIdent(schema)}.${quoteIdent(name)}`;
    const [row] = await queryRows<{ rows: number; digest: string }>(
      handle.db,
      sql.raw(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, chr(10) order by t::text), '')) as digest from ${table} t`),
    );
    result.tables.set(`${schema}.${name}`, row!);
  }
  const sequences = await queryRows<{ name: string; value: string | null }>(
    handle.db,
    sql`select schemaname || '.' || sequencename as name, last_value::text as value from pg_sequences where schemaname !~ '^pg_' order by 1`,
  );
  for (const { name, value } of sequences) result.sequences.set(name, value ?? "unused");
  return result;
}

function differences(original: Snapshot, restored: Snapshot): string[] {
  const problems: string[] = [];
  for (const name of new Set([...original.tables.keys(), ...restored.tables.keys()])) {
    const [a, b] = [original.tables.get(name), restored.tables.get(name)];
    if (!a || !b) problems.push(`table ${name}: ${a ? "missing from the restored copy" : "only in the restored copy"}`);
    else if (a.rows !== b.rows) problems.push(`table ${name}: ${a.rows} rows, ${b.rows} restored`);
    else if (a.digest !== b.digest) problems.push(`table ${name}: same ${a.rows} rows, different contents`);
  }
  for (const name of new Set([...original.sequences.keys(), ...restored.sequences.keys()])) {
    const [a, b] = [original.sequences.get(name), restored.sequences.get(name)];
    if (a !== b) problems.push(`sequence ${name}: ${a ?? "missing"}, restored ${b ?? "missing"}`);
  }
  return problems;
}

/** Compares the copy with the original and prints the figures; true when they match. */
async function verify(original: Snapshot, copy: DatabaseHandle, change: KnownChange): Promise<boolean> {
  const since = performance.now();
  const restored = await snapshot(copy);
  const problems = [...differences(original, restored), ...(await knownChangeProblems(copy, change))];
  const perSchema = new Map<string, number>();
  for (const name of original.tables.keys()) perSchema.set(name.split(".")[0]!, (perSchema.get(name.split(".")[0]!) ?? 0) + 1);
  const rows = [...original.tables.values()].reduce((sum, table) => sum + table.rows, 0);
  const schemas = [...perSchema].map(([schema, count]) => `${schema} ${count}`).join(", ");
  console.log(
    `▸ Compared ${original.tables.size} tables (${schemas}), ${rows.toLocaleString("en-US")} rows, ${original.sequences.size} sequences and the known change in ${seconds(since)} s`,
  );
  if (problems.length) {
    console.error(`✗ The restored copy differs in ${problems.length} place(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return false;
  }
  console.log(`✓ Restore works: every table's rows and contents, every sequence and the known change are identical (total ${seconds(started)} s)`);
  return true;
}

async function withHandle<T>(target: DatabaseTarget, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(target);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Runs pg_dump or pg_restore; a failure names the tool and its own message (never the command line, which holds the URL). */
async function runTool(tool: string, args: string[]): Promise<void> {
  await exec(pgBin(tool), args).catch((error: unknown) => {
    throw new Error(`${tool} failed: ${(error as { stderr?: string }).stderr?.trim() || "no message"}`);
  });
}

async function toolVersion(tool: string): Promise<{ text: string; major: number }> {
  const { stdout } = await exec(pgBin(tool), ["--version"]).catch((error: unknown) => {
    throw new Error(`${tool} not found (install the PostgreSQL client tools, or set PG_BIN to their folder)`, { cause: error });
  });
  const version = /\)\s*(\d+)(\.\d+)?/.exec(stdout);
  if (!version) throw new Error(`Cannot read the version of ${tool}: ${stdout.trim()}`);
  return { text: `${version[1]}${version[2] ?? ""}`, major: Number(version[1]) };
}

async function checkPostgres(databaseUrl: string): Promise<boolean> {
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const names = { source: `backup_check_${tag}_source`, restored: `backup_check_${tag}_restored` };
  const scoped = (name: string) => Object.assign(new URL(databaseUrl), { pathname: `/${name}` }).toString();
  const folder = await mkdtemp(path.join(tmpdir(), "backup-check-"));
  try {
    const [{ server_version: server }] = (await admin`show server_version`) as unknown as [{ server_version: string }];
    const serverMajor = Number.parseInt(server, 10);
    const [dump, restore] = [await toolVersion("pg_dump"), await toolVersion("pg_restore")];
    console.log(`Backup and restore check on PostgreSQL ${server.split(" ")[0]} (pg_dump ${dump.text}, pg_restore ${restore.text})`);
    if (dump.major < serverMajor || restore.major < dump.major) {
      console.error(`✗ pg_dump and pg_restore must be of PostgreSQL ${serverMajor} or newer (the server's version): set PG_BIN to their folder`);
      return false;
    }

    await admin.unsafe(`create database ${names.source}`);
    console.log(`▸ ${names.source}: migrated and seeded in ${await prepare({ DATABASE_URL: scoped(names.source) })} s`);
    const { change, original } = await withHandle({ url: scoped(names.source), poolMax: 1 }, async (handle) => {
      const change = await writeKnownChange(handle);
      return { change, original: await snapshot(handle) };
    });

    const file = path.join(folder, "store.dump");
    let since = performance.now();
    await runTool("pg_dump", ["--format=custom", "--file", file, scoped(names.source)]);
    console.log(`▸ pg_dump -Fc: ${kilobytes((await stat(file)).size)} in ${seconds(since)} s`);

    await admin.unsafe(`create database ${names.restored}`);
    since = performance.now();
    await runTool("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", scoped(names.restored), file]);
    console.log(`▸ pg_restore into ${names.restored}: ${seconds(since)} s`);

    return await withHandle({ url: scoped(names.restored), poolMax: 1 }, (copy) => verify(original, copy, change));
  } finally {
    for (const name of Object.values(names)) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    await rm(folder, { recursive: true, force: true });
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? await folderBytes(full) : (await stat(full)).size;
  }
  return total;
}

async function checkPglite(): Promise<boolean> {
  const folder = await mkdtemp(path.join(tmpdir(), "backup-check-"));
  const source = path.join(folder, "source", "pglite");
  const restoredParent = path.join(folder, "restored");
  try {
    console.log("Backup and restore check on PGlite (a data folder archived with tar while closed)");
    console.log(`▸ ${source}: migrated and seeded in ${await prepare({ DATABASE_URL: "", DATA_DIR: source })} s`);
    const { change, original } = await withHandle({ dataDir: source }, async (handle) => {
      const change = await writeKnownChange(handle);
      return { change, original: await snapshot(handle) };
    });

    // The folder is closed here, as the store must be stopped before a copy (docs/deploy.md).
    const archive = path.join(folder, "pglite-backup.tar.gz");
    let since = performance.now();
    await exec("tar", ["-czf", archive, "-C", path.dirname(source), "pglite"]);
    console.log(`▸ tar -czf: folder ${kilobytes(await folderBytes(source))}, archive ${kilobytes((await stat(archive)).size)} in ${seconds(since)} s`);

    await mkdir(restoredParent);
    since = performance.now();
    await exec("tar", ["-xzf", archive, "-C", restoredParent]);
    console.log(`▸ tar -xzf into ${restoredParent}: ${seconds(since)} s`);

    return await withHandle({ dataDir: path.join(restoredParent, "pglite") }, (copy) => verify(original, copy, change));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

try {
  const ok = url ? await checkPostgres(url) : await checkPglite();
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error("✗ Backup and restore check failed:", error instanceof Error ? error.message : error);
  process.exit(1);
}

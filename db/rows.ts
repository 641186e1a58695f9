import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/**
 * Runs a hand-written SQL query and returns its rows. PGlite answers `{ rows }`,
 * postgres.js an array; callers get the same shape from both.
 */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}

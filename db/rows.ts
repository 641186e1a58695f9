import { sql, type SQL } from "drizzle-orm";
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

/**
 * Runs one statement written for node-postgres (`$1` placeholders) through Drizzle, so inside the
 * caller's transaction when `db` is one. pg-boss takes this as its `db` option when a job is
 * enqueued with the write that is the reason for it.
 */
export function statementRunner(db: Executor): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return {
    async executeSql(text, values = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        // A placeholder used twice becomes two parameters with the same value.
        chunks.push(sql.raw(text.slice(last, match.index)), sql`${sql.param(driverValue(values[Number(match[1]) - 1]))}`);
        last = match.index + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      return { rows: await queryRows(db, sql.join(chunks)) };
    },
  };
}

/**
 * A value as node-postgres would send it: undefined as null, plain objects as JSON text (PGlite and
 * postgres.js under Drizzle, whose json serializers pass strings through, then keep it as it is).
 */
export function driverValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object" || value instanceof Date || Array.isArray(value) || ArrayBuffer.isView(value)) return value;
  return JSON.stringify(value);
}

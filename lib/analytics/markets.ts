import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

/** The store's market ids, home market first (the analytics filter offers them). */
export async function listMarketIds(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from markets order by position, id`);
  return rows.map((row) => row.id);
}

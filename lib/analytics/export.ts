import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { formulaEscape } from "@/lib/admin/catalog-csv";
import { checkedQuery, type FunnelQueryInput } from "./funnel";

/**
 * The raw events of a view (period and filters) for a spreadsheet or a warehouse: CSV, a JSON
 * array, or NDJSON. Read in pages of `pageSize` rows by id (keyset: each page starts after the last
 * id of the one before, so a page costs the same at row 1 and at row 1,000,000) and written to the
 * stream as the reader asks for more: a million rows never sit in memory.
 */
export const exportColumns = ["id", "at", "name", "visitor_id", "session_id", "user_id", "device", "locale", "market", "source", "traffic", "path", "arms", "props"] as const;

export type ExportFormat = "csv" | "json" | "ndjson";

interface ExportRow {
  id: number | string;
  at: string | Date;
  name: string;
  visitor_id: string;
  session_id: string | null;
  user_id: string | null;
  device: string;
  locale: string;
  market: string | null;
  source: string | null;
  traffic: string;
  path: string | null;
  arms: unknown;
  props: unknown;
}

function filtersOf(input: FunnelQueryInput): SQL {
  const { query, current } = checkedQuery(input);
  const parts: SQL[] = [
    sql`at >= ${current.start.toISOString()}::timestamptz and at < ${current.end.toISOString()}::timestamptz`,
    sql`traffic in (${sql.join(query.traffic.map((kind) => sql`${kind}`), sql`, `)})`,
  ];
  if (query.device) parts.push(sql`device = ${query.device}`);
  if (query.locale) parts.push(sql`locale = ${query.locale}`);
  if (query.market) parts.push(sql`market = ${query.market}`);
  if (query.source) parts.push(sql`source = ${query.source}`);
  return sql.join(parts, sql` and `);
}

/** The view's events, page by page (throws FunnelQueryError for a refused period before reading anything). */
export function eventPages(db: Executor, input: FunnelQueryInput, { pageSize = 5_000 }: { pageSize?: number } = {}): AsyncGenerator<ExportRow[]> {
  const filters = filtersOf(input);
  return (async function* () {
    let after = 0;
    for (;;) {
      const rows = await queryRows<ExportRow>(
        db,
        sql`select id, at, name, visitor_id, session_id, user_id, device, locale, market, source, traffic, path, arms, props
            from events where id > ${after} and ${filters} order by id limit ${pageSize}`,
      );
      if (rows.length) yield rows;
      if (rows.length < pageSize) return;
      after = Number(rows.at(-1)!.id);
    }
  })();
}

const plain = (row: ExportRow) => ({
  ...row,
  id: Number(row.id),
  at: new Date(row.at).toISOString(),
  arms: typeof row.arms === "string" ? JSON.parse(row.arms) : row.arms,
  props: typeof row.props === "string" ? JSON.parse(row.props) : row.props,
});

/** A CSV cell: a formula neutralised (as the catalog export does), quoted when it holds a separator, quote or line break. */
export function csvCell(value: unknown, { numeric = false } = {}): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  const safe = numeric ? text : formulaEscape(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(row: ReturnType<typeof plain>): string {
  return exportColumns.map((column) => csvCell(row[column], { numeric: column === "id" })).join(",") + "\r\n";
}

/** The stream a route answers with. */
export function exportStream(db: Executor, input: FunnelQueryInput, format: ExportFormat, options: { pageSize?: number } = {}): ReadableStream<Uint8Array> {
  const pages = eventPages(db, input, options);
  const encoder = new TextEncoder();
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let text = "";
        if (!started) {
          started = true;
          // A byte-order mark, so a spreadsheet reads the Persian, Arabic and Ukrainian text as UTF-8.
          if (format === "csv") text += `\uFEFF${exportColumns.join(",")}\r\n`;
          if (format === "json") text += "[";
        }
        const next = await pages.next();
        if (next.done) {
          if (format === "json") text += "]\n";
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        for (const row of next.value.map(plain)) {
          if (format === "csv") text += csvLine(row);
          else if (format === "ndjson") text += `${JSON.stringify(row)}\n`;
          else {
            text += `${first ? "" : ","}\n${JSON.stringify(row)}`;
            first = false;
          }
        }
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

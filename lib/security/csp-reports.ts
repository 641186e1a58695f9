import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { storableText } from "./storable-text";

/** What the store keeps of one violation: no query strings (they can carry tokens) and short samples. */
export interface CspViolation {
  directive: string;
  blocked: string;
  page: string;
  sample: string | null;
}

export const maxReportBytes = 16 * 1024;
/** Distinct violations kept a day; past it, a flood of made-up reports only raises counts. */
const maxRowsPerDay = 500;

// Made storable too: a report is anyone's to forge, and a NUL in it failed the insert (a 500).
const text = (max: number) => z.string().max(4096).transform((value) => storableText(value.slice(0, max)));

// report-uri's format (Firefox, Safari): {"csp-report": {...}} with kebab-case keys.
const legacyReport = z.object({
  "csp-report": z.object({
    "document-uri": text(2048),
    "effective-directive": text(100).optional(),
    "violated-directive": text(100).optional(),
    "blocked-uri": text(2048).optional(),
    "script-sample": text(200).optional(),
  }),
});

// The Reporting API's (Chromium): an array of {type: "csp-violation", body: {...}} in camelCase.
const reportingApiReports = z
  .array(
    z.object({
      type: z.string().max(100),
      body: z
        .object({
          documentURL: text(2048),
          effectiveDirective: text(100).optional(),
          blockedURL: text(2048).optional(),
          sample: text(200).optional(),
        })
        .optional(),
    }),
  )
  .max(50);

/** Only the origin and path of a URL; a keyword (inline, eval) as it is. */
function withoutQuery(value: string | undefined): string {
  if (!value) return "unknown";
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? `${url.origin}${url.pathname}`.slice(0, 300) : url.protocol.replace(/:$/, "");
  } catch {
    return value.slice(0, 100);
  }
}

function pagePath(value: string): string {
  try {
    return new URL(value).pathname.slice(0, 300);
  } catch {
    return "unknown";
  }
}

const directiveName = (value: string | undefined) => (value ?? "unknown").split(" ")[0]!.slice(0, 60);

export type ParsedReports = { ok: true; violations: CspViolation[] } | { ok: false; problem: string };

/** Reads a browser's report body in either format; anything else is refused with what was wrong. */
export function parseCspReports(body: string): ParsedReports {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: "The body is not JSON." };
  }
  const legacy = legacyReport.safeParse(json);
  if (legacy.success) {
    const report = legacy.data["csp-report"];
    return {
      ok: true,
      violations: [
        {
          directive: directiveName(report["effective-directive"] ?? report["violated-directive"]),
          blocked: withoutQuery(report["blocked-uri"]),
          page: pagePath(report["document-uri"]),
          sample: report["script-sample"] || null,
        },
      ],
    };
  }
  const modern = reportingApiReports.safeParse(json);
  if (modern.success) {
    const violations = modern.data
      .filter((report) => report.type === "csp-violation" && report.body)
      .map(({ body }) => ({
        directive: directiveName(body!.effectiveDirective),
        blocked: withoutQuery(body!.blockedURL),
        page: pagePath(body!.documentURL),
        sample: body!.sample || null,
      }));
    return { ok: true, violations };
  }
  return { ok: false, problem: "Expected a CSP violation report (csp-report or the Reporting API's csp-violation)." };
}

/** Stores violations, counting alike ones of the same day on one row. */
export async function recordCspViolations(db: Executor, violations: CspViolation[], { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  let stored = 0;
  for (const violation of violations) {
    const rows = await queryRows<{ id: number }>(
      db,
      sql`insert into csp_reports (directive, blocked, page, sample, day, last_seen_at)
          select ${violation.directive}, ${violation.blocked}, ${violation.page}, ${violation.sample}, ${day}::date, ${now.toISOString()}::timestamptz
          where (select count(*) from csp_reports where day = ${day}::date) < ${maxRowsPerDay}
             or exists (select 1 from csp_reports where day = ${day}::date and directive = ${violation.directive} and blocked = ${violation.blocked} and page = ${violation.page})
          on conflict (day, directive, blocked, page) do update set count = csp_reports.count + 1, last_seen_at = excluded.last_seen_at,
            sample = coalesce(excluded.sample, csp_reports.sample)
          returning id`,
    );
    stored += rows.length;
  }
  return stored;
}

export interface CspReportRow extends CspViolation {
  day: string;
  count: number;
  lastSeenAt: Date;
}

/** The admin's view: the last `days` days' violations, most recent first. */
export async function recentCspReports(db: Executor, { days = 7, limit = 100, now = new Date() }: { days?: number; limit?: number; now?: Date } = {}) {
  return queryRows<CspReportRow>(
    db,
    sql`select directive, blocked, page, sample, day::text as day, count, last_seen_at as "lastSeenAt"
        from csp_reports where last_seen_at > ${now.toISOString()}::timestamptz - ${days}::int * interval '1 day'
        order by last_seen_at desc limit ${limit}`,
  );
}

/** Drops reports older than 30 days (the maintenance worker calls it). */
export async function purgeOldCspReports(db: Executor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const rows = await queryRows<{ id: number }>(db, sql`delete from csp_reports where last_seen_at < ${now.toISOString()}::timestamptz - interval '30 days' returning id`);
  return rows.length;
}

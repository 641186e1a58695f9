import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { effortScores, exitReasons, exitSurveyPages, type ExitReason } from "./reasons";
import type { TrafficKind as Traffic } from "@/lib/analytics/session";

export interface SurveyComment {
  id: number;
  comment: string;
  /** The exit reason it came with, or the effort score. */
  reason: string | null;
  score: number | null;
  page: string;
  locale: string;
  device: "mobile" | "desktop";
  at: Date;
}

export interface ExitPageResults {
  /** "cart" or "checkout:<section>", as the funnel's steps name them. */
  page: string;
  total: number;
  /** Every reason of the list, 0 where nobody chose it. */
  reasons: Record<ExitReason, number>;
  /** The latest 20 comments given on this page, newest first. */
  comments: SurveyComment[];
}

export interface SurveyResults {
  exit: { total: number; pages: ExitPageResults[] };
  effort: {
    count: number;
    /** Mean score 1–7; null without answers. */
    average: number | null;
    /** Answers per score, 1 … 7. */
    distribution: Record<(typeof effortScores)[number], number>;
    /** The latest 20 comments, newest first. */
    comments: SurveyComment[];
  };
}

export interface SurveyResultsQuery {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Which traffic counts; the dashboard's default is people only. */
  traffic?: readonly Traffic[];
}

const latest = 20;

const zeroReasons = () => Object.fromEntries(exitReasons.map((reason) => [reason, 0])) as Record<ExitReason, number>;
const zeroScores = () => Object.fromEntries(effortScores.map((score) => [score, 0])) as SurveyResults["effort"]["distribution"];

/**
 * G3 for the analytics dashboard (shown beside the funnel step): per exit page, how often each
 * reason was chosen and the latest comments; the effort scores' distribution, average and count.
 * Plain SQL that PGlite and PostgreSQL answer alike.
 */
export async function surveyResults(db: Executor, { from, to, traffic = ["human"] }: SurveyResultsQuery): Promise<SurveyResults> {
  const empty: SurveyResults = { exit: { total: 0, pages: [] }, effort: { count: 0, average: null, distribution: zeroScores(), comments: [] } };
  if (traffic.length === 0 || !(from < to)) return empty;
  const where = sql`at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz and traffic in (${sql.join(
    traffic.map((kind) => sql`${kind}`),
    sql`, `,
  )})`;

  const [reasonRows, scoreRows, commentRows] = await Promise.all([
    queryRows<{ page: string; reason: string | null; count: number }>(
      db,
      sql`select page, reason, count(*)::int as count from survey_answers where kind = 'exit' and ${where} group by page, reason`,
    ),
    queryRows<{ score: number; count: number }>(
      db,
      sql`select score::int as score, count(*)::int as count from survey_answers where kind = 'effort' and score is not null and ${where} group by score`,
    ),
    queryRows<{ id: number | string; kind: "exit" | "effort"; page: string; reason: string | null; score: number | null; comment: string; locale: string; device: "mobile" | "desktop"; at: Date | string }>(
      db,
      sql`select id, kind, page, reason, score::int as score, comment, locale, device, at from (
            select *, row_number() over (partition by kind, case when kind = 'exit' then page else '' end order by at desc, id desc) as n
            from survey_answers
            where comment is not null and ${where}
          ) ranked
          where n <= ${latest}
          order by at desc, id desc`,
    ),
  ]);

  const comments = commentRows.map(
    (row): SurveyComment & { kind: "exit" | "effort" } => ({
      id: Number(row.id),
      kind: row.kind,
      comment: row.comment,
      reason: row.reason,
      score: row.score === null ? null : Number(row.score),
      page: row.page,
      locale: row.locale,
      device: row.device,
      at: new Date(row.at),
    }),
  );
  const strip = ({ kind: _kind, ...comment }: SurveyComment & { kind: string }): SurveyComment => comment;

  const pages = new Map<string, ExitPageResults>();
  for (const row of reasonRows) {
    const page = pages.get(row.page) ?? { page: row.page, total: 0, reasons: zeroReasons(), comments: [] };
    const count = Number(row.count);
    page.total += count;
    // A reason the list no longer has still counts in the page's total.
    if (row.reason && row.reason in page.reasons) page.reasons[row.reason as ExitReason] += count;
    pages.set(row.page, page);
  }
  for (const comment of comments) if (comment.kind === "exit") pages.get(comment.page)?.comments.push(strip(comment));
  const rank = (page: string) => {
    const index = (exitSurveyPages as readonly string[]).indexOf(page);
    return index === -1 ? exitSurveyPages.length : index;
  };
  const orderedPages = [...pages.values()].sort((a, b) => rank(a.page) - rank(b.page) || a.page.localeCompare(b.page));

  const distribution = zeroScores();
  let count = 0;
  let sum = 0;
  for (const row of scoreRows) {
    const score = Number(row.score) as keyof typeof distribution;
    const n = Number(row.count);
    if (!(score in distribution)) continue;
    distribution[score] += n;
    count += n;
    sum += score * n;
  }

  return {
    exit: { total: orderedPages.reduce((total, page) => total + page.total, 0), pages: orderedPages },
    effort: { count, average: count ? sum / count : null, distribution, comments: comments.filter((comment) => comment.kind === "effort").map(strip) },
  };
}

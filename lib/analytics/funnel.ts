import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { trafficKinds, trafficSources, type TrafficKind } from "./session";

/**
 * The funnel and core figures (G1, G2), read straight from the event log with plain SQL (PGlite and
 * PostgreSQL alike).
 *
 * Counted in VISITS (sessions), not visitors: the funnel starts with a visit, and what it is cut by
 * (device, source, market) belongs to a visit — one visitor can come from a search on the phone and
 * come back directly on a laptop. A visit "reaches" a step when its furthest event is that step or
 * a later one (a shopper back from a reminder lands in the cart and orders: the visit passed every
 * step before the order), so each step counts at most as many visits as the one before it.
 */
export const funnelSteps = ["visit", "product", "add", "checkout", "contact", "address", "delivery", "payment", "order"] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export const maxPeriodDays = 366;

const day = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => day.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const funnelQuerySchema = z.object({
  from: z.string().refine(isDay, "invalid_date"),
  to: z.string().refine(isDay, "invalid_date"),
  device: z.enum(["mobile", "desktop"]).nullable().default(null),
  locale: z.string().regex(/^[a-z]{2}$/).nullable().default(null),
  market: z.string().regex(/^[a-z0-9_-]{1,32}$/).nullable().default(null),
  source: z.enum(trafficSources).nullable().default(null),
  /** Traffic kinds included; people only unless the view says otherwise. */
  traffic: z.array(z.enum(trafficKinds)).min(1).default(["human"]),
});
export type FunnelQueryInput = z.input<typeof funnelQuerySchema>;
export type FunnelQuery = z.output<typeof funnelQuerySchema>;

export type PeriodError = "invalid_date" | "from_after_to" | "range_too_long";

export interface Period {
  /** Inclusive start (00:00 UTC of `from`) and exclusive end (00:00 UTC the day after `to`). */
  start: Date;
  end: Date;
  days: number;
}

const dayMs = 24 * 60 * 60_000;

/** The period a query names, and the one just before it of the same length; or why it is refused. */
export function periodsOf(query: Pick<FunnelQuery, "from" | "to">): { ok: true; current: Period; previous: Period } | { ok: false; error: PeriodError } {
  if (!isDay(query.from) || !isDay(query.to)) return { ok: false, error: "invalid_date" };
  const start = new Date(`${query.from}T00:00:00Z`);
  const end = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + dayMs);
  if (end.getTime() <= start.getTime()) return { ok: false, error: "from_after_to" };
  const days = Math.round((end.getTime() - start.getTime()) / dayMs);
  if (days > maxPeriodDays) return { ok: false, error: "range_too_long" };
  return { ok: true, current: { start, end, days }, previous: { start: new Date(start.getTime() - days * dayMs), end: start, days } };
}

export class FunnelQueryError extends Error {
  constructor(readonly code: PeriodError) {
    super(`Refused funnel period: ${code}`);
  }
}

export interface StepFigures {
  step: FunnelStep;
  /** Visits that reached this step. */
  visits: number;
  /** Share of the previous step's visits that reached this one (the first step: null). */
  conversion: number | null;
  /** Visits whose furthest step was this one (they left here). */
  left: number;
  /** Median seconds those visits spent from reaching this step to their last event. */
  medianSecondsBeforeLeaving: number | null;
}

export interface Breakdown {
  dimension: "device" | "locale" | "market" | "source";
  rows: { value: string | null; visits: number; carts: number; checkouts: number; orders: number; conversion: number | null }[];
}

export interface CoreFigures {
  visits: number;
  /** Carts created in the period by visitors who added to them (with the view's filters). */
  cartsCreated: number;
  /** Orders placed in the period (not cancelled, not failed), as recorded by an order_placed event in the view. */
  orders: number;
  /** Visits that ended in an order, per 100 visits. */
  conversionRate: number | null;
  /** (1 − orders / carts created) × 100. */
  abandonmentRate: number | null;
  averageOrderValue: { currency: string; orders: number; amount: number }[];
  /** Of those orders, the ones whose buyer had live help in the day before (F4): a person's answer, or the bot's only. */
  chatAssisted: { agent: number; bot: number };
}

export interface SurveyFigures {
  /** Exit reasons by step (the step the shoppers did not reach). */
  exits: { step: FunnelStep; reason: string; count: number }[];
  /** Post-purchase effort scores (1–7). */
  effort: { count: number; average: number | null };
}

export interface FunnelReport {
  query: FunnelQuery;
  current: Period;
  previous: Period;
  steps: StepFigures[];
  previousSteps: StepFigures[];
  /** The step (before the order) most visits left at, with the median time they spent there. */
  biggestLeave: StepFigures | null;
  core: CoreFigures;
  previousCore: CoreFigures;
  breakdowns: Breakdown[];
  surveys: SurveyFigures;
}

/** The view's filters, on the `events` table or `visit_summaries` (the same columns). */
function eventFilters(query: FunnelQuery, alias = ""): SQL {
  const col = (name: string) => sql.raw(alias ? `${alias}.${name}` : name);
  const parts: SQL[] = [sql`${col("traffic")} in (${sql.join(query.traffic.map((kind) => sql`${kind}`), sql`, `)})`];
  if (query.device) parts.push(sql`${col("device")} = ${query.device}`);
  if (query.locale) parts.push(sql`${col("locale")} = ${query.locale}`);
  if (query.market) parts.push(sql`${col("market")} = ${query.market}`);
  if (query.source) parts.push(sql`${col("source")} = ${query.source}`);
  return sql.join(parts, sql` and `);
}

const iso = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Parses and checks a query (a period of at most a year); throws FunnelQueryError when refused. */
export function checkedQuery(input: FunnelQueryInput): { query: FunnelQuery; current: Period; previous: Period } {
  const parsed = funnelQuerySchema.safeParse(input);
  if (!parsed.success) throw new FunnelQueryError("invalid_date");
  const periods = periodsOf(parsed.data);
  if (!periods.ok) throw new FunnelQueryError(periods.error);
  return { query: parsed.data, current: periods.current, previous: periods.previous };
}

interface DepthRow {
  kind: "depth" | "device" | "locale" | "market" | "source";
  cur: number;
  key: string | null;
  visits: number;
  carts: number;
  checkouts: number;
  orders: number;
  median: number | null;
}

/**
 * One pass over the view's visits of both periods (visit_summaries: one row per visit, kept by a
 * trigger on the event log, migration 0021): each visit's furthest step, when it reached it and when
 * it ended; then visits per furthest step (with the median time before leaving), and the current
 * period's visits by device, locale, market and source. A visit belongs to the period it started in.
 */
async function visitDepths(db: Executor, query: FunnelQuery, current: Period, previous: Period): Promise<DepthRow[]> {
  return queryRows<DepthRow>(
    db,
    sql`with timed as (
          select (started_at >= ${iso(current.start)})::int as cur, depth, device, locale, market, source,
                 extract(epoch from ended_at - reached_at)::float8 as seconds
          from visit_summaries
          where started_at >= ${iso(previous.start)} and started_at < ${iso(current.end)} and ${eventFilters(query)}
        )
        select 'depth' as kind, cur, depth::text as key, count(*)::int as visits, 0 as carts, 0 as checkouts, 0 as orders,
               percentile_cont(0.5) within group (order by seconds)::float8 as median
          from timed group by cur, depth
        union all
        select 'device', 1, device, count(*)::int, count(*) filter (where depth >= 2)::int, count(*) filter (where depth >= 3)::int, count(*) filter (where depth = 8)::int, null
          from timed where cur = 1 group by device
        union all
        select 'locale', 1, locale, count(*)::int, count(*) filter (where depth >= 2)::int, count(*) filter (where depth >= 3)::int, count(*) filter (where depth = 8)::int, null
          from timed where cur = 1 group by locale
        union all
        select 'market', 1, market, count(*)::int, count(*) filter (where depth >= 2)::int, count(*) filter (where depth >= 3)::int, count(*) filter (where depth = 8)::int, null
          from timed where cur = 1 group by market
        union all
        select 'source', 1, source, count(*)::int, count(*) filter (where depth >= 2)::int, count(*) filter (where depth >= 3)::int, count(*) filter (where depth = 8)::int, null
          from timed where cur = 1 group by source`,
  );
}

/** Just the funnel's visits per furthest step, for one period (what the benchmark times). */
export async function funnelCounts(db: Executor, input: FunnelQueryInput): Promise<StepFigures[]> {
  const { query, current, previous } = checkedQuery(input);
  const rows = await visitDepths(db, query, current, previous);
  return stepsFrom(rows.filter((row) => row.kind === "depth" && Number(row.cur) === 1));
}

function stepsFrom(depthRows: DepthRow[]): StepFigures[] {
  const left = new Map(depthRows.map((row) => [Number(row.key), row]));
  let reached = depthRows.reduce((sum, row) => sum + Number(row.visits), 0);
  const steps: StepFigures[] = [];
  funnelSteps.forEach((step, index) => {
    const here = left.get(index);
    const previousVisits = index === 0 ? null : steps[index - 1]!.visits;
    steps.push({
      step,
      visits: reached,
      conversion: previousVisits === null ? null : previousVisits === 0 ? null : reached / previousVisits,
      left: here ? Number(here.visits) : 0,
      medianSecondsBeforeLeaving: here?.median === null || here?.median === undefined ? null : Number(here.median),
    });
    reached -= here ? Number(here.visits) : 0;
  });
  return steps;
}

const rate = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

async function coreFigures(db: Executor, query: FunnelQuery, period: Period, visits: number, visitOrders: number): Promise<CoreFigures> {
  const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${iso(period.start)} and ${sql.raw(column)} < ${iso(period.end)}`;
  const [carts] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from carts c
        where ${inPeriod("c.created_at")}
          and exists (select 1 from events e where e.visitor_id = c.visitor_id and e.name = 'cart_add'
                        and e.at >= c.created_at - interval '1 minute' and e.at < ${iso(period.end)} and ${eventFilters(query, "e")})`,
  );
  const byCurrency = await queryRows<{ currency: string; orders: number; total: number; agent: number; bot: number }>(
    db,
    sql`select o.currency, count(*)::int as orders, sum(o.total)::float8 as total,
               count(*) filter (where o.chat_assisted = 'agent')::int as agent, count(*) filter (where o.chat_assisted = 'bot')::int as bot
        from orders o
        where ${inPeriod("o.created_at")} and o.status not in ('cancelled', 'payment_failed')
          and exists (select 1 from events e where e.name = 'order_placed' and e.props->>'number' = o.number::text
                        and e.at >= ${iso(period.start)} and e.at < ${iso(new Date(period.end.getTime() + dayMs))} and ${eventFilters(query, "e")})
        group by o.currency order by count(*) desc, o.currency`,
  );
  const orders = byCurrency.reduce((sum, row) => sum + Number(row.orders), 0);
  const cartsCreated = Number(carts?.count ?? 0);
  return {
    visits,
    cartsCreated,
    orders,
    conversionRate: rate(visitOrders, visits),
    abandonmentRate: cartsCreated > 0 ? (1 - orders / cartsCreated) * 100 : null,
    averageOrderValue: byCurrency.map((row) => ({ currency: row.currency, orders: Number(row.orders), amount: Math.round(Number(row.total) / Number(row.orders)) })),
    chatAssisted: { agent: byCurrency.reduce((sum, row) => sum + Number(row.agent), 0), bot: byCurrency.reduce((sum, row) => sum + Number(row.bot), 0) },
  };
}

/** Where an exit survey was answered → the step those shoppers did not reach. */
function stepOfSurveyPage(page: string): FunnelStep {
  if (page === "cart") return "checkout";
  const section = page.startsWith("checkout:") ? page.slice("checkout:".length) : "";
  return (["contact", "address", "delivery", "payment"] as const).find((s) => s === section) ?? "contact";
}

async function surveyFigures(db: Executor, query: FunnelQuery, period: Period): Promise<SurveyFigures> {
  const filters: SQL[] = [sql`traffic in (${sql.join(query.traffic.map((kind) => sql`${kind}`), sql`, `)})`, sql`at >= ${iso(period.start)} and at < ${iso(period.end)}`];
  if (query.device) filters.push(sql`device = ${query.device}`);
  if (query.locale) filters.push(sql`locale = ${query.locale}`);
  // Market and source belong to the visit: answers from visits in the view only.
  if (query.market || query.source) {
    filters.push(sql`session_id in (select session_id from events where at >= ${iso(period.start)} and at < ${iso(period.end)} and session_id is not null and ${eventFilters(query)})`);
  }
  const rows = await queryRows<{ kind: "exit" | "effort"; page: string; reason: string | null; count: number; average: number | null; scored: number }>(
    db,
    sql`select kind, case when kind = 'effort' then '' else page end as page, reason, count(*)::int as count, avg(score)::float8 as average, count(score)::int as scored
        from survey_answers where ${sql.join(filters, sql` and `)}
        group by kind, case when kind = 'effort' then '' else page end, reason`,
  );
  const exits = new Map<string, { step: FunnelStep; reason: string; count: number }>();
  let effortCount = 0;
  let effortSum = 0;
  for (const row of rows) {
    if (row.kind === "effort") {
      effortCount += Number(row.scored);
      effortSum += Number(row.average ?? 0) * Number(row.scored);
      continue;
    }
    const step = stepOfSurveyPage(row.page);
    const reason = row.reason ?? "other";
    const key = `${step}:${reason}`;
    const entry = exits.get(key) ?? { step, reason, count: 0 };
    entry.count += Number(row.count);
    exits.set(key, entry);
  }
  return {
    exits: [...exits.values()].sort((a, b) => funnelSteps.indexOf(a.step) - funnelSteps.indexOf(b.step) || b.count - a.count || a.reason.localeCompare(b.reason)),
    effort: { count: effortCount, average: effortCount > 0 ? effortSum / effortCount : null },
  };
}

/** The whole report for the admin page and the JSON export. Throws FunnelQueryError for a refused period. */
export async function funnelReport(db: Executor, input: FunnelQueryInput): Promise<FunnelReport> {
  const { query, current, previous } = checkedQuery(input);
  const rows = await visitDepths(db, query, current, previous);
  const depthRows = rows.filter((row) => row.kind === "depth");
  const steps = stepsFrom(depthRows.filter((row) => Number(row.cur) === 1));
  const previousSteps = stepsFrom(depthRows.filter((row) => Number(row.cur) === 0));
  const [core, previousCore, surveys] = await Promise.all([
    coreFigures(db, query, current, steps[0]!.visits, steps.at(-1)!.visits),
    coreFigures(db, query, previous, previousSteps[0]!.visits, previousSteps.at(-1)!.visits),
    surveyFigures(db, query, current),
  ]);
  const leaving = steps.slice(0, -1).filter((step) => step.left > 0);
  const biggestLeave = leaving.reduce<StepFigures | null>((best, step) => (!best || step.left > best.left ? step : best), null);
  const breakdowns: Breakdown[] = (["device", "locale", "market", "source"] as const).map((dimension) => ({
    dimension,
    rows: rows
      .filter((row) => row.kind === dimension)
      .map((row) => ({
        value: row.key,
        visits: Number(row.visits),
        carts: Number(row.carts),
        checkouts: Number(row.checkouts),
        orders: Number(row.orders),
        conversion: rate(Number(row.orders), Number(row.visits)),
      }))
      .sort((a, b) => b.visits - a.visits || String(a.value).localeCompare(String(b.value))),
  }));
  return { query, current, previous, steps, previousSteps, biggestLeave, core, previousCore, breakdowns, surveys };
}

/** The default view: the last 30 days up to today (UTC), people only. */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 29 * dayMs).toISOString().slice(0, 10);
  return { from, to };
}

export type { TrafficKind };

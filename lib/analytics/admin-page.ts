import "server-only";
import { getDb } from "@/db";
import type { ExportFormat } from "./export";
import { exportStream } from "./export";
import { defaultPeriod, funnelReport, FunnelQueryError, funnelQuerySchema, periodsOf, type FunnelQueryInput, type FunnelReport, type PeriodError } from "./funnel";
import { trafficKinds } from "./session";

/**
 * The analytics admin's loaders (app/ may not import @/db): the view a URL names, its report, the
 * export stream. The view lives in the URL (a GET form), so a view can be bookmarked and shared.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export interface AnalyticsView {
  from: string;
  to: string;
  device: string;
  locale: string;
  market: string;
  source: string;
  traffic: string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 40) ?? "";
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.slice(0, 20));

/** What the form shows: the URL's values as typed (kept even when refused), defaults where absent. */
export function viewFrom(params: SearchParams, now = new Date()): AnalyticsView {
  const period = defaultPeriod(now);
  const traffic = all(params.traffic).filter((kind) => (trafficKinds as readonly string[]).includes(kind));
  return {
    from: first(params.from) || period.from,
    to: first(params.to) || period.to,
    device: first(params.device),
    locale: first(params.locale),
    market: first(params.market),
    source: first(params.source),
    traffic: traffic.length ? traffic : ["human"],
  };
}

export type ViewProblem = PeriodError | "invalid_filter";

/** The view as a query, or why it is refused (which field). */
export function queryOf(view: AnalyticsView): { ok: true; query: FunnelQueryInput } | { ok: false; problem: ViewProblem; field: "from" | "to" | "filters" } {
  const input = {
    from: view.from,
    to: view.to,
    device: view.device || null,
    locale: view.locale || null,
    market: view.market || null,
    source: view.source || null,
    traffic: view.traffic,
  };
  const parsed = funnelQuerySchema.safeParse(input);
  if (!parsed.success) {
    const path = String(parsed.error.issues[0]?.path[0] ?? "");
    if (path === "from" || path === "to") return { ok: false, problem: "invalid_date", field: path };
    return { ok: false, problem: "invalid_filter", field: "filters" };
  }
  const period = periodsOf(parsed.data);
  if (!period.ok) return { ok: false, problem: period.error, field: period.error === "invalid_date" ? "from" : "to" };
  return { ok: true, query: input as FunnelQueryInput };
}

export type AnalyticsPage =
  | { status: "ok"; view: AnalyticsView; report: FunnelReport }
  | { status: "refused"; view: AnalyticsView; problem: ViewProblem; field: "from" | "to" | "filters" };

export async function loadAnalyticsPage(params: SearchParams): Promise<AnalyticsPage> {
  const view = viewFrom(params);
  const query = queryOf(view);
  if (!query.ok) return { status: "refused", view, problem: query.problem, field: query.field };
  try {
    return { status: "ok", view, report: await funnelReport(await getDb(), query.query) };
  } catch (error) {
    if (error instanceof FunnelQueryError) return { status: "refused", view, problem: error.code, field: error.code === "range_too_long" ? "to" : "from" };
    throw error;
  }
}

/** The markets to filter by (every market the log knows of, as ids). */
export async function loadAnalyticsMarkets(): Promise<string[]> {
  const { listMarketIds } = await import("./markets");
  return listMarketIds(await getDb());
}

export async function loadFunnelJson(query: FunnelQueryInput): Promise<FunnelReport> {
  return funnelReport(await getDb(), query);
}

export async function loadEventExport(query: FunnelQueryInput, format: ExportFormat): Promise<ReadableStream<Uint8Array>> {
  return exportStream(await getDb(), query, format);
}

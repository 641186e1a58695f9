// The analytics view's raw events (CSV, JSON or NDJSON, streamed page by page) or its funnel summary
// (JSON), for staff only (anyone else gets a 404, as for every admin page). The view is the admin
// page's URL query: from, to, device, locale, market, source, traffic (repeated).
import { currentStaff } from "@/lib/admin/access";
import { loadEventExport, loadFunnelJson, queryOf, viewFrom } from "@/lib/analytics/admin-page";

export const dynamic = "force-dynamic";

const formats = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", ndjson: "application/x-ndjson; charset=utf-8" } as const;

export async function GET(request: Request) {
  if (!(await currentStaff())) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = key === "traffic" ? url.searchParams.getAll(key) : url.searchParams.get(key)!;
  const format = url.searchParams.get("format") ?? "csv";
  const query = queryOf(viewFrom(params));
  if (!query.ok) return Response.json({ error: query.problem, field: query.field }, { status: 400, headers: { "Cache-Control": "no-store" } });
  if (format === "funnel") return Response.json(await loadFunnelJson(query.query), { headers: { "Cache-Control": "no-store" } });
  if (!(format in formats)) return Response.json({ error: "invalid_format", formats: [...Object.keys(formats), "funnel"] }, { status: 400 });
  const kind = format as keyof typeof formats;
  const { from, to } = query.query;
  return new Response(await loadEventExport(query.query, kind), {
    headers: {
      "Content-Type": formats[kind],
      "Content-Disposition": `attachment; filename="events-${from}-${to}.${kind}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

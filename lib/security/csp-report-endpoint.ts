import "server-only";
import { getDb } from "@/db";
import { readBoundedText } from "./bounded-body";
import { maxReportBytes, parseCspReports, recordCspViolations } from "./csp-reports";
import { isCrossSiteWrite } from "./request-checks";

const noStore = { "Cache-Control": "no-store" };
const refused = (error: string, status: number) => Response.json({ error }, { status, headers: noStore });

/** Where browsers send Content-Security-Policy violations (report-uri and report-to): kept for the admin's security page. */
export async function receiveCspReports(request: Request): Promise<Response> {
  // Browsers send a page's reports from the page's own origin; route handlers are outside proxy.ts's check.
  if (isCrossSiteWrite(request.method, request.headers)) return refused("Reports are taken from the store's own pages only.", 403);
  const body = await readBoundedText(request, maxReportBytes);
  if (!body.ok) return body.problem === "too_large" ? refused(`A report is at most ${maxReportBytes / 1024} kB.`, 413) : refused("The body could not be read.", 400);
  const parsed = parseCspReports(body.text);
  if (!parsed.ok) return refused(parsed.problem, 400);
  await recordCspViolations(await getDb(), parsed.violations);
  return new Response(null, { status: 204, headers: noStore });
}

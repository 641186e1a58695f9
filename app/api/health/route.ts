// Called by load balancers and uptime checks: reports whether the database answers, the mail queue and the job queue (due, failed).
import { services } from "@/lib/env";
import { checkStoreHealth } from "@/lib/store/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkStoreHealth();
  if (health.up) {
    return Response.json(
      { status: "ok", database: { kind: services.database, status: "up", latencyMs: health.latencyMs }, mail: health.mail, queue: health.queue },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  // One line per failed check: uptime checkers call this every few seconds.
  console.error(`[health] database check failed: ${health.problem}`);
  return Response.json({ status: "error", database: { kind: services.database, status: "down" } }, { status: 503, headers: { "Cache-Control": "no-store" } });
}

// Called by load balancers and uptime checks: reports whether the database answers.
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { services } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await (await getDb()).execute(sql`select 1`);
    return Response.json(
      { status: "ok", database: { kind: services.database, status: "up", latencyMs: Math.round(performance.now() - started) } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[health] database check failed:", error);
    return Response.json(
      { status: "error", database: { kind: services.database, status: "down" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}

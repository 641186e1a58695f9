"use server";

import { sql } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { isbot } from "isbot";
import { getDb } from "@/db";
import { deviceClassOf } from "@/lib/analytics/device";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { assignArm } from "./assignment";
import { experimentKeyPattern, loadExperiment } from "./experiments";

/**
 * Records that this visitor saw their arm of `experimentKey` (the browser calls it once the
 * element is on screen). The arm is worked out again here from the visitor's cookie, never taken
 * from the browser; a visitor's first exposure is the one kept.
 */
export async function recordExposure(experimentKey: unknown): Promise<void> {
  // Only a well-formed key is looked up (a NUL in a forged one made the query fail).
  if (typeof experimentKey !== "string" || !experimentKeyPattern.test(experimentKey)) return;
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const visitorId = cookieStore.get(visitorCookie.name)?.value;
  const userAgent = headerStore.get("user-agent");
  const traffic = headerStore.get("x-store-traffic") === "test" ? "test" : "human";
  if (!isVisitorId(visitorId) || (isbot(userAgent) && traffic !== "test")) return;
  const db = await getDb();
  const experiment = await loadExperiment(db, experimentKey);
  if (!experiment || experiment.status !== "running") return;
  const arm = assignArm(experiment.key, visitorId, experiment.arms);
  await db.execute(sql`insert into experiment_exposures (experiment_key, visitor_id, arm, device, traffic)
    values (${experiment.key}, ${visitorId}, ${arm}, ${deviceClassOf(userAgent, headerStore.get("sec-ch-ua-mobile"))}, ${traffic})
    on conflict (experiment_key, visitor_id) do nothing`);
}

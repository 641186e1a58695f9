import "server-only";
import { getDb } from "@/db";
import { recentCspReports } from "./csp-reports";
import { refusalCounts } from "./refusals";

/** The admin's security page: what browsers blocked under the store's policy, and what the abuse limits refused. */
export async function loadSecurityPage() {
  const db = await getDb();
  const [cspReports, refusals] = await Promise.all([recentCspReports(db), refusalCounts(db)]);
  return { cspReports, refusals };
}

import "server-only";
import { getDb } from "@/db";
import { recentCspReports } from "./csp-reports";

/** The admin's security page: what browsers blocked under the store's policy. */
export async function loadSecurityPage() {
  const db = await getDb();
  const cspReports = await recentCspReports(db);
  return { cspReports };
}

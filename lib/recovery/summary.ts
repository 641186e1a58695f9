import "server-only";
import { getDb } from "@/db";
import { recoveryReport, webhookLog, type RecoveryReport } from "./queries";

/** The admin's view of the reminders (G5): what they did in the last `days` days. */
export async function loadRecoverySummary({ days = 30, now = new Date() }: { days?: number; now?: Date } = {}): Promise<RecoveryReport & { days: number }> {
  const from = new Date(now.getTime() - days * 24 * 3_600_000);
  return { ...(await recoveryReport(await getDb(), { from, to: now })), days };
}

/** The latest outgoing webhooks and their delivery (E6), for the admin. */
export async function loadWebhookLog({ limit = 20 }: { limit?: number } = {}) {
  return webhookLog(await getDb(), { limit });
}

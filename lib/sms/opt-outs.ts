import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { smsOptOuts } from "@/db/schema";

/** Records that a number (E.164) wants no more texts; doing it again keeps the first date. */
export async function optOutPhone(db: Executor, phone: string): Promise<void> {
  await db.insert(smsOptOuts).values({ phone }).onConflictDoNothing({ target: smsOptOuts.phone });
}

export async function isOptedOut(db: Executor, phone: string): Promise<boolean> {
  const rows = await db.select({ phone: smsOptOuts.phone }).from(smsOptOuts).where(eq(smsOptOuts.phone, phone)).limit(1);
  return rows.length > 0;
}

import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import { smsMessages } from "@/db/schema";

export type SmsMessage = typeof smsMessages.$inferSelect;

/** The texts the store sent, newest first. */
export async function loadSmsOutbox(db: Executor, { limit }: { limit: number }): Promise<SmsMessage[]> {
  return db.select().from(smsMessages).orderBy(desc(smsMessages.createdAt), desc(smsMessages.id)).limit(limit);
}

/** The dev outbox page's list (app/ does not reach the database). Callers check `requireMailboxAccess` first. */
export async function loadDevSmsOutbox({ limit }: { limit: number }): Promise<SmsMessage[]> {
  return loadSmsOutbox(await getDb(), { limit });
}

import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chatAgents } from "@/db/schema";

/** An agent whose inbox has not been heard from for this long is away, whatever they last chose. */
export const presenceTimeoutMs = 2 * 60_000;

/** Online or away, as the staff member chose it; the inbox's heartbeat keeps "online" true. */
export async function setPresence(db: Executor, email: string, status: "online" | "away", now = new Date()): Promise<void> {
  await db
    .insert(chatAgents)
    .values({ email, status, seenAt: now })
    .onConflictDoUpdate({ target: chatAgents.email, set: { status, seenAt: now } });
}

/** The open inbox says the agent is still there. */
export async function heartbeat(db: Executor, email: string, now = new Date()): Promise<void> {
  await db.update(chatAgents).set({ seenAt: now }).where(eq(chatAgents.email, email));
}

/** How many agents can answer now: online, and their inbox heard from within the last two minutes. */
export async function agentsOnline(db: Executor, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(chatAgents)
    .where(and(eq(chatAgents.status, "online"), gt(chatAgents.seenAt, new Date(now.getTime() - presenceTimeoutMs))));
  return row?.n ?? 0;
}

export async function presenceOf(db: Executor, email: string): Promise<"online" | "away"> {
  const [row] = await db.select({ status: chatAgents.status }).from(chatAgents).where(eq(chatAgents.email, email));
  return row?.status ?? "away";
}

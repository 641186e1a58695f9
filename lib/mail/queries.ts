import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export type OutboxMail = typeof mailOutbox.$inferSelect;
export type NewOutboxMail = typeof mailOutbox.$inferInsert;

export async function insertOutboxMail(db: Executor, mail: NewOutboxMail): Promise<OutboxMail> {
  const [row] = await db.insert(mailOutbox).values(mail).returning();
  return row!;
}

export async function markMailSent(db: Executor, { id, error }: { id: number; error: string | null }) {
  await db
    .update(mailOutbox)
    .set(error ? { error } : { sentAt: new Date(), error: null })
    .where(eq(mailOutbox.id, id));
}

export async function listOutbox(db: Executor, { limit }: { limit: number }) {
  return db
    .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, template: mailOutbox.template })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}

export async function getOutboxMail(db: Executor, { id }: { id: number }): Promise<OutboxMail | null> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}

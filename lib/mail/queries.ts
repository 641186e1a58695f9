import "server-only";
import { desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { mailOutbox } from "@/db/schema";

export type OutboxMail = typeof mailOutbox.$inferSelect;
export type NewOutboxMail = typeof mailOutbox.$inferInsert;

export async function insertOutboxMail(db: Executor, mail: NewOutboxMail): Promise<OutboxMail> {
  const [row] = await db.insert(mailOutbox).values(mail).returning();
  return row!;
}

/** Queues a mail to be rendered and sent by the worker; a second mail with the same dedupe key is ignored. */
export async function insertQueuedMail(db: Executor, mail: Pick<NewOutboxMail, "to" | "template" | "locale" | "params" | "dedupeKey" | "transport">) {
  await db.insert(mailOutbox).values(mail).onConflictDoNothing({ target: mailOutbox.dedupeKey });
}

/**
 * Takes up to `limit` mails that are due, for one worker only: the claim moves their next attempt
 * ahead by `leaseMs`, so another instance skips them, and a worker that dies mid-way leaves them
 * to be retried when the lease runs out.
 */
export async function claimDueMail(db: Executor, { now, leaseMs, limit, maxAttempts, dedupeKey }: { now: Date; leaseMs: number; limit: number; maxAttempts: number; dedupeKey?: string }) {
  const only = dedupeKey ? sql`and dedupe_key = ${dedupeKey}` : sql``;
  const claimed = await queryRows<{ id: number }>(
    db,
    sql`update mail_outbox set attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz
        where id in (
          select id from mail_outbox
          where sent_at is null and next_attempt_at <= ${now.toISOString()}::timestamptz and attempts < ${maxAttempts} ${only}
          order by next_attempt_at, id limit ${limit} for update skip locked
        )
        returning id`,
  );
  if (claimed.length === 0) return [];
  return db.select().from(mailOutbox).where(sql`${mailOutbox.id} in (${sql.join(claimed.map((row) => sql`${row.id}`), sql`, `)})`);
}

export async function saveRenderedMail(db: Executor, { id, subject, html, text, params }: { id: number; subject: string; html: string; text: string; params: Record<string, unknown> | null }) {
  await db.update(mailOutbox).set({ subject, html, text, params }).where(eq(mailOutbox.id, id));
}

/** A skipped mail's error starts so: it had no reason left to go out, which is not a failure. */
const skippedPrefix = "skipped: ";

/**
 * Drops a queued mail that no longer has a reason to go out (its renderer said so): it stays
 * unsent, with the reason as its error, and its attempts used up so no worker claims it again.
 */
export async function markMailSkipped(db: Executor, { id, reason, attempts }: { id: number; reason: string; attempts: number }) {
  await db
    .update(mailOutbox)
    .set({ error: `${skippedPrefix}${reason}`.slice(0, 1000), attempts })
    .where(eq(mailOutbox.id, id));
}

export async function markMailSent(db: Executor, { id, at }: { id: number; at: Date }) {
  await db.update(mailOutbox).set({ sentAt: at, error: null }).where(eq(mailOutbox.id, id));
}

export async function markMailFailed(db: Executor, { id, error, retryAt }: { id: number; error: string; retryAt: Date }) {
  await db.update(mailOutbox).set({ error: error.slice(0, 1000), nextAttemptAt: retryAt }).where(eq(mailOutbox.id, id));
}

/** Mail waiting for delivery (due now or later) and mail that gave up, for /api/health and the admin. */
export async function outboxBacklog(db: Executor, { maxAttempts }: { maxAttempts: number }) {
  const [row] = await queryRows<{ waiting: number; failed: number }>(
    db,
    sql`select count(*) filter (where attempts < ${maxAttempts})::int as waiting,
          count(*) filter (where attempts >= ${maxAttempts} and coalesce(error, '') not like ${`${skippedPrefix}%`})::int as failed
        from mail_outbox where sent_at is null`,
  );
  return row ?? { waiting: 0, failed: 0 };
}

/** The dev mailbox: rendered mails only (a queued receipt appears once the worker has written it). */
export async function listOutbox(db: Executor, { limit }: { limit: number }) {
  return db
    .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, template: mailOutbox.template })
    .from(mailOutbox)
    .where(isNotNull(mailOutbox.html))
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}

export async function getOutboxMail(db: Executor, { id }: { id: number }): Promise<OutboxMail | null> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}

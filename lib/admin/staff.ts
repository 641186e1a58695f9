import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/mail/send";
import { recordAudit, type Actor } from "./audit";

export type StaffRole = "staff" | "admin";

export interface StaffRow {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
  since: Date;
  /** Signed in at least once (the magic link was used). */
  signedIn: boolean;
}

/** Everyone who works in the admin, admins first. */
export async function listStaff(db: Executor): Promise<StaffRow[]> {
  const rows = await queryRows<StaffRow & { since: Date | string }>(
    db,
    sql`select id, email, name, role, created_at as since, email_verified is not null as "signedIn"
        from users where role in ('staff', 'admin') order by role = 'admin' desc, email`,
  );
  return rows.map((row) => ({ ...row, since: new Date(row.since) }));
}

export const inviteInput = z.object({ email: z.email().max(254), role: z.enum(["staff", "admin"]) });

export type StaffChange = { ok: true } | { ok: false; reason: "admins_only" | "yourself" | "not_found" | "last_admin" };

/**
 * Gives an address a role in the admin (an account is made for it if there is none) and mails it an
 * invitation in the inviter's language: the sign-in page sends a one-time link, so no password is
 * ever set. Only an admin invites, and only an admin may make admins.
 */
export async function inviteStaff(
  db: Executor,
  { email, role, actor, inviterRole, locale, now = new Date() }: { email: string; role: StaffRole; actor: Actor; inviterRole: StaffRole; locale: Locale; now?: Date },
): Promise<StaffChange> {
  if (inviterRole !== "admin") return { ok: false, reason: "admins_only" };
  const address = email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [before] = await queryRows<{ id: string; role: string }>(tx, sql`select id, role from users where lower(email) = ${address}`);
    const [user] = await queryRows<{ id: string }>(
      tx,
      before
        ? sql`update users set role = ${role} where id = ${before.id} returning id`
        : sql`insert into users (id, email, role, created_at) values (${crypto.randomUUID()}, ${address}, ${role}, ${now.toISOString()}::timestamptz) returning id`,
    );
    await recordAudit(tx, { actor, action: "staff.invite", subjectType: "user", subjectId: user!.id, before: before ? { role: before.role } : null, after: { email: address, role }, at: now });
    await queueMail(tx, {
      to: address,
      template: "staff-invite",
      locale: isLocale(locale) ? locale : "en",
      params: { invitedBy: actor.email, role },
      dedupeKey: `staff-invite:${user!.id}:${now.getTime()}`,
    });
    return { ok: true };
  });
}

/**
 * Changes a staff member's role ("shopper" takes them out of the admin). Only an admin does it;
 * nobody changes their own role, and the last admin stays one, so the shop is never locked out.
 */
export async function changeStaffRole(
  db: Executor,
  { userId, role, actor, actorRole, now = new Date() }: { userId: string; role: "shopper" | StaffRole; actor: Actor; actorRole: StaffRole; now?: Date },
): Promise<StaffChange> {
  if (actorRole !== "admin") return { ok: false, reason: "admins_only" };
  if (userId === actor.id) return { ok: false, reason: "yourself" };
  return db.transaction(async (tx) => {
    // Admins locked in one order: two admins demoting each other at once cannot both succeed.
    const admins = await queryRows<{ id: string }>(tx, sql`select id from users where role = 'admin' order by id for update`);
    const [user] = await queryRows<{ role: string; email: string }>(tx, sql`select role, email from users where id = ${userId} and role in ('staff', 'admin') for update`);
    if (!user) return { ok: false, reason: "not_found" };
    if (user.role === "admin" && role !== "admin" && admins.length <= 1) return { ok: false, reason: "last_admin" };
    await tx.execute(sql`update users set role = ${role} where id = ${userId}`);
    await recordAudit(tx, { actor, action: "staff.role", subjectType: "user", subjectId: userId, before: { email: user.email, role: user.role }, after: { email: user.email, role }, at: now });
    return { ok: true };
  });
}

export interface AuditRow {
  id: number;
  actorEmail: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

export const auditQuery = z.object({
  action: z.string().regex(/^[a-z_.]{1,40}$/).optional().catch(undefined),
  actor: z.string().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuditQuery = z.infer<typeof auditQuery>;
export const auditPageSize = 50;

/** The audit log, newest first, by action or actor. */
export async function listAudit(db: Executor, query: AuditQuery): Promise<{ rows: AuditRow[]; total: number; actions: string[] }> {
  const conditions = [sql`true`];
  if (query.action) conditions.push(sql`action = ${query.action}`);
  if (query.actor) conditions.push(sql`lower(actor_email) = ${query.actor.toLowerCase()}`);
  const where = sql.join(conditions, sql` and `);
  const [rows, [count], actions] = await Promise.all([
    queryRows<AuditRow & { at: Date | string }>(
      db,
      sql`select id, actor_email as "actorEmail", action, subject_type as "subjectType", subject_id as "subjectId", before, after, at
          from admin_audit where ${where} order by at desc, id desc limit ${auditPageSize} offset ${(query.page - 1) * auditPageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from admin_audit where ${where}`),
    queryRows<{ action: string }>(db, sql`select distinct action from admin_audit order by action`),
  ]);
  return { rows: rows.map((row) => ({ ...row, at: new Date(row.at) })), total: count?.total ?? 0, actions: actions.map((row) => row.action) };
}

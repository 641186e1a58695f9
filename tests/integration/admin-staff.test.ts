import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { changeStaffRole, inviteStaff, listAudit, listStaff, auditQuery } from "@/lib/admin/staff";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("staff and roles on $name", (target) => {
  let handle: DatabaseHandle;
  const boss = { id: "boss-1", email: "boss@example.com" };
  beforeAll(async () => {
    handle = (await openWithCatalog(target, { poolMax: 4 })).handle;
    await handle.db.execute(sql`insert into users (id, email, role) values (${boss.id}, ${boss.email}, 'admin'), ('deputy-1', 'deputy@example.com', 'admin')`);
  });
  afterAll(async () => handle?.close());

  const roleOf = async (email: string) => (await queryRows<{ role: string }>(handle.db, sql`select role from users where email = ${email}`))[0]?.role;

  it("an admin invites an address: an account with the role, an invitation mail and an audit row; staff cannot invite", async () => {
    expect(await inviteStaff(handle.db, { email: "New.Hire@Example.com", role: "staff", actor: boss, inviterRole: "admin", locale: "uk" })).toEqual({ ok: true });
    expect(await roleOf("new.hire@example.com")).toBe("staff");
    const mails = await queryRows<{ template: string; locale: string; params: Record<string, unknown> }>(
      handle.db,
      sql`select template, locale, params from mail_outbox where "to" = 'new.hire@example.com'`,
    );
    expect(mails).toEqual([{ template: "staff-invite", locale: "uk", params: { invitedBy: boss.email, role: "staff" } }]);
    expect(await inviteStaff(handle.db, { email: "other@example.com", role: "admin", actor: { id: "x", email: "staffer@example.com" }, inviterRole: "staff", locale: "en" })).toEqual({ ok: false, reason: "admins_only" });
    expect(await roleOf("other@example.com")).toBeUndefined();
    expect((await listStaff(handle.db)).map((person) => person.email)).toEqual(expect.arrayContaining(["boss@example.com", "new.hire@example.com"]));
    const log = await listAudit(handle.db, auditQuery.parse({ action: "staff.invite" }));
    expect(log.rows[0]).toMatchObject({ actorEmail: boss.email, action: "staff.invite", after: { email: "new.hire@example.com", role: "staff" } });
  });

  it("roles change by an admin only, never one's own, and the last admin stays one even when two admins demote each other at once", async () => {
    const [hire] = await queryRows<{ id: string }>(handle.db, sql`select id from users where email = 'new.hire@example.com'`);
    expect(await changeStaffRole(handle.db, { userId: hire!.id, role: "admin", actor: { id: hire!.id, email: "new.hire@example.com" }, actorRole: "staff" })).toEqual({ ok: false, reason: "admins_only" });
    expect(await changeStaffRole(handle.db, { userId: boss.id, role: "staff", actor: boss, actorRole: "admin" })).toEqual({ ok: false, reason: "yourself" });
    expect(await changeStaffRole(handle.db, { userId: hire!.id, role: "shopper", actor: boss, actorRole: "admin" })).toEqual({ ok: true });
    expect(await roleOf("new.hire@example.com")).toBe("shopper");
    expect(await changeStaffRole(handle.db, { userId: hire!.id, role: "staff", actor: boss, actorRole: "admin" })).toEqual({ ok: false, reason: "not_found" });

    const deputy = { id: "deputy-1", email: "deputy@example.com" };
    const results = await Promise.all([
      changeStaffRole(handle.db, { userId: deputy.id, role: "staff", actor: boss, actorRole: "admin" }),
      changeStaffRole(handle.db, { userId: boss.id, role: "staff", actor: deputy, actorRole: "admin" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "last_admin" }]);
    const admins = await queryRows<{ email: string }>(handle.db, sql`select email from users where role = 'admin'`);
    expect(admins).toHaveLength(1);
  });
});

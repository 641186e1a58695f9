import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { couponState, listCoupons, loadCoupon, saveCoupon, type CouponInput } from "@/lib/admin/coupons";
import { findCoupon } from "@/lib/pricing/queries";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const actor = { id: null, email: "staff@example.com" };
const spring: CouponInput = {
  code: "SPRING25",
  kind: "percent",
  value: 25,
  minSubtotal: 5_000,
  firstOrderOnly: false,
  usageLimit: 2,
  startsAt: new Date("2026-03-01T00:00:00Z"),
  expiresAt: new Date("2026-05-31T23:59:59.999Z"),
};

describe.each(testDatabases())("admin coupons on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await openWithCatalog(target)).handle;
  });
  afterAll(async () => handle?.close());

  it("creates a coupon the checkout finds at once, refuses its code twice, and audits both writes", async () => {
    expect(await saveCoupon(handle.db, { coupon: spring, isNew: true, actor })).toEqual({ ok: true });
    expect(await findCoupon(handle.db, { code: "SPRING25" })).toMatchObject({ code: "SPRING25", kind: "percent", value: 25, minSubtotal: 5_000 });
    expect(await saveCoupon(handle.db, { coupon: { ...spring, value: 30 }, isNew: true, actor })).toEqual({ ok: false, reason: "code_taken" });
    expect(await saveCoupon(handle.db, { coupon: { ...spring, value: 30, usageLimit: null }, isNew: false, actor })).toEqual({ ok: true });
    expect((await loadCoupon(handle.db, "SPRING25"))!).toMatchObject({ value: 30, usageLimit: null });
    const audits = await queryRows<{ action: string }>(handle.db, sql`select action from admin_audit where subject_type = 'coupon' and subject_id = 'SPRING25' order by id`);
    expect(audits.map((row) => row.action)).toEqual(["coupon.create", "coupon.update"]);
  });

  it("never sets a limit below the uses already made, and never edits a coupon that is gone", async () => {
    await handle.db.execute(sql`update coupons set times_used = 3 where code = 'SPRING25'`);
    expect(await saveCoupon(handle.db, { coupon: { ...spring, usageLimit: 2 }, isNew: false, actor })).toEqual({ ok: false, reason: "limit_below_used" });
    expect(await saveCoupon(handle.db, { coupon: { ...spring, code: "NOPE1" }, isNew: false, actor })).toEqual({ ok: false, reason: "not_found" });
  });

  it("lists the merchant's coupons without the one-cart reminder codes, with whether each works now", async () => {
    await handle.db.execute(sql`insert into coupons (code, kind, value, usage_limit) values ('BACK-XYZ123', 'percent', 10, 1) on conflict do nothing`);
    const codes = (await listCoupons(handle.db)).map((coupon) => coupon.code);
    expect(codes).toContain("SPRING25");
    expect(codes.some((code) => code.startsWith("BACK-"))).toBe(false);
    const now = new Date("2026-04-01T00:00:00Z");
    expect(couponState({ ...spring, timesUsed: 0 }, now)).toBe("active");
    expect(couponState({ ...spring, timesUsed: 2 }, now)).toBe("used_up");
    expect(couponState({ ...spring, timesUsed: 0 }, new Date("2026-02-01T00:00:00Z"))).toBe("scheduled");
    expect(couponState({ ...spring, timesUsed: 0 }, new Date("2026-06-01T00:00:00Z"))).toBe("expired");
  });
});

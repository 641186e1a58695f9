import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "./audit";

export interface AdminCoupon {
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  /** Percent, or minor units of the store currency for a fixed amount; 0 for free shipping. */
  value: number;
  minSubtotal: number | null;
  firstOrderOnly: boolean;
  usageLimit: number | null;
  timesUsed: number;
  startsAt: Date | null;
  expiresAt: Date | null;
}

export type CouponState = "active" | "scheduled" | "expired" | "used_up";

/** Whether a coupon works now, from its window and its uses. */
export function couponState(coupon: Pick<AdminCoupon, "startsAt" | "expiresAt" | "usageLimit" | "timesUsed">, now: Date): CouponState {
  if (coupon.expiresAt && coupon.expiresAt <= now) return "expired";
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return "used_up";
  if (coupon.startsAt && coupon.startsAt > now) return "scheduled";
  return "active";
}

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Every coupon the merchant made, by code (the codes created for abandoned carts, BACK-…, are left out: they are one cart's each). */
export async function listCoupons(db: Executor): Promise<AdminCoupon[]> {
  const rows = await queryRows<AdminCoupon & { startsAt: Date | string | null; expiresAt: Date | string | null }>(
    db,
    sql`select code, kind, value, min_subtotal as "minSubtotal", first_order_only as "firstOrderOnly", usage_limit as "usageLimit", times_used as "timesUsed",
               starts_at as "startsAt", expires_at as "expiresAt"
        from coupons where code not like 'BACK-%' order by code`,
  );
  return rows.map((row) => ({ ...row, startsAt: toDate(row.startsAt), expiresAt: toDate(row.expiresAt) }));
}

export async function loadCoupon(db: Executor, code: string): Promise<AdminCoupon | null> {
  return (await listCoupons(db)).find((coupon) => coupon.code === code) ?? null;
}

export type CouponInput = Omit<AdminCoupon, "timesUsed">;
export type CouponSaveResult = { ok: true } | { ok: false; reason: "code_taken" | "not_found" | "limit_below_used" };

/**
 * Creates a coupon, or changes one (its code stays: orders name it). A limit below the uses already
 * made is refused. One transaction with an audit row; the next checkout reads the coupon as it is.
 */
export async function saveCoupon(
  db: Executor,
  { coupon, isNew, actor, now = new Date() }: { coupon: CouponInput; isNew: boolean; actor: Actor; now?: Date },
): Promise<CouponSaveResult> {
  return db.transaction(async (tx) => {
    const [before] = await queryRows<{ timesUsed: number } & Record<string, unknown>>(
      tx,
      sql`select kind, value, min_subtotal as "minSubtotal", first_order_only as "firstOrderOnly", usage_limit as "usageLimit", times_used as "timesUsed",
                 starts_at as "startsAt", expires_at as "expiresAt" from coupons where code = ${coupon.code} for update`,
    );
    if (isNew && before) return { ok: false, reason: "code_taken" };
    if (!isNew && !before) return { ok: false, reason: "not_found" };
    if (before && coupon.usageLimit !== null && coupon.usageLimit < before.timesUsed) return { ok: false, reason: "limit_below_used" };
    const iso = (date: Date | null) => (date ? date.toISOString() : null);
    await tx.execute(
      isNew
        ? sql`insert into coupons (code, kind, value, min_subtotal, first_order_only, usage_limit, starts_at, expires_at)
              values (${coupon.code}, ${coupon.kind}, ${coupon.value}, ${coupon.minSubtotal}, ${coupon.firstOrderOnly}, ${coupon.usageLimit},
                      ${iso(coupon.startsAt)}::timestamptz, ${iso(coupon.expiresAt)}::timestamptz)`
        : sql`update coupons set kind = ${coupon.kind}, value = ${coupon.value}, min_subtotal = ${coupon.minSubtotal}, first_order_only = ${coupon.firstOrderOnly},
                usage_limit = ${coupon.usageLimit}, starts_at = ${iso(coupon.startsAt)}::timestamptz, expires_at = ${iso(coupon.expiresAt)}::timestamptz
              where code = ${coupon.code}`,
    );
    await recordAudit(tx, { actor, action: isNew ? "coupon.create" : "coupon.update", subjectType: "coupon", subjectId: coupon.code, before: before ?? null, after: { ...coupon }, at: now });
    return { ok: true };
  });
}

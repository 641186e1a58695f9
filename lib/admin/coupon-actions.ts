"use server";

import { getDb } from "@/db";
import { parseMajorUnits } from "@/lib/money";
import { store } from "@/lib/store/config";
import { saveCoupon, type CouponInput } from "./coupons";
import { asStaff, readField, type AdminFormState } from "./form-state";

const day = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Creates or changes a coupon from its form. Amounts are typed in the store's currency; dates are
 * whole days in UTC (from the start of the first day to the end of the last). Each problem is
 * named at its field, and what was typed stays.
 */
export async function saveCouponAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const fields: Record<string, string> = {};
    const isNew = readField(form, "isNew") === "yes";
    const code = readField(form, "code").trim().toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9_-]{2,31}$/.test(code) || code.startsWith("BACK-")) fields["code"] = t("coupons.errors.code");
    const kind = readField(form, "kind");
    let value = 0;
    if (kind === "percent") {
      const percent = readField(form, "percent").trim();
      if (/^\d{1,3}$/.test(percent) && Number(percent) >= 1 && Number(percent) <= 100) value = Number(percent);
      else fields["percent"] = t("coupons.errors.percent");
    } else if (kind === "fixed") {
      const amount = parseMajorUnits(readField(form, "amount"), store.currency);
      if (amount !== null && amount > 0 && amount <= 100_000_000) value = amount;
      else fields["amount"] = t("coupons.errors.amount");
    } else if (kind !== "free_shipping") fields["kind"] = t("coupons.errors.kind");
    const minimumText = readField(form, "minSubtotal").trim();
    const minSubtotal = minimumText === "" ? null : parseMajorUnits(minimumText, store.currency);
    if (minimumText !== "" && (minSubtotal === null || minSubtotal <= 0)) fields["minSubtotal"] = t("coupons.errors.amount");
    const limitText = readField(form, "usageLimit").trim();
    const usageLimit = limitText === "" ? null : /^\d{1,7}$/.test(limitText) && Number(limitText) >= 1 ? Number(limitText) : undefined;
    if (usageLimit === undefined) fields["usageLimit"] = t("coupons.errors.usageLimit");
    const startsOn = readField(form, "startsOn");
    const endsOn = readField(form, "endsOn");
    if (startsOn && !day.test(startsOn)) fields["startsOn"] = t("coupons.errors.date");
    if (endsOn && !day.test(endsOn)) fields["endsOn"] = t("coupons.errors.date");
    const startsAt = startsOn && day.test(startsOn) ? new Date(`${startsOn}T00:00:00Z`) : null;
    const expiresAt = endsOn && day.test(endsOn) ? new Date(`${endsOn}T23:59:59.999Z`) : null;
    if (startsAt && expiresAt && expiresAt <= startsAt) fields["endsOn"] = t("coupons.errors.window");
    if (Object.keys(fields).length) return { status: "error", message: t("errors.checkFields"), fields };

    const coupon: CouponInput = {
      code,
      kind: kind as CouponInput["kind"],
      value,
      minSubtotal: minSubtotal ?? null,
      firstOrderOnly: readField(form, "firstOrderOnly") === "yes",
      usageLimit: usageLimit ?? null,
      startsAt,
      expiresAt,
    };
    const result = await saveCoupon(await getDb(), { coupon, isNew, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t(isNew ? "coupons.created" : "coupons.saved", { code }) };
    if (result.reason === "code_taken") return { status: "error", message: t("errors.checkFields"), fields: { code: t("coupons.errors.taken") } };
    if (result.reason === "limit_below_used") return { status: "error", message: t("errors.checkFields"), fields: { usageLimit: t("coupons.errors.belowUsed") } };
    return { status: "error", message: t("coupons.errors.gone") };
  });
}

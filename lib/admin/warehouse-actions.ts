"use server";

import { getDb } from "@/db";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { canonicalTimeZone } from "./pricing-checks";
import { problemFields } from "./pricing-problems";
import { addHoliday, removeHoliday, saveWarehouse } from "./warehouse";

/**
 * Saves the warehouse's time zone, cut-off and handling days (its holidays are added and removed
 * one by one below). A time zone typed in any case is kept as the runtime spells it.
 */
export async function saveWarehouseAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const typedZone = readField(form, "timeZone").trim();
    const handlingText = readField(form, "handlingDays").trim();
    const warehouse = {
      timeZone: canonicalTimeZone(typedZone) ?? typedZone,
      cutoff: readField(form, "cutoff").trim(),
      handlingDays: /^\d{1,4}$/.test(handlingText) ? Number(handlingText) : Number.NaN,
    };
    const result = await saveWarehouse(await getDb(), { warehouse, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t("pricing.warehouse.saved") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.noWarehouse") };
    return { status: "error", message: t("errors.checkFields"), fields: problemFields(t, result.problems) };
  });
}

/** Adds a holiday (`date`, YYYY-MM-DD); a bad or listed day is named at the field. */
export async function addHolidayAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const result = await addHoliday(await getDb(), { date: readField(form, "date").trim(), actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t("pricing.warehouse.holidayAdded") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.noWarehouse") };
    return { status: "error", message: t("errors.checkFields"), fields: problemFields(t, result.problems, () => "date") };
  });
}

export async function removeHolidayAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const result = await removeHoliday(await getDb(), { date: readField(form, "date"), actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t("pricing.warehouse.holidayRemoved") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.noWarehouse") };
    return { status: "error", message: t("pricing.errors.not_found") };
  });
}

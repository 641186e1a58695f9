"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { fromZonedInput } from "./pricing-checks";
import { problemFields } from "./pricing-problems";
import { removePromotion, savePromotion } from "./promotions";
import { loadWarehouse } from "./warehouse";

/**
 * Creates or changes a promotion. Its start and end are typed as times in the warehouse's time zone
 * (the one the storefront states the end in); its categories come as one comma-separated field.
 * Each problem is named at its field, with what was typed kept.
 */
export async function savePromotionAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const db = await getDb();
    const timeZone = (await loadWarehouse(db))?.timeZone ?? "UTC";
    const isNew = readField(form, "isNew") === "yes";
    const percentText = readField(form, "percentOff").trim();
    const promotion = {
      id: readField(form, "id").trim().toLowerCase(),
      percentOff: /^\d{1,3}$/.test(percentText) ? Number(percentText) : Number.NaN,
      categories: readField(form, "categories")
        .split(",")
        .map((slug) => slug.trim())
        .filter(Boolean),
      startsAt: fromZonedInput(readField(form, "startsAt"), timeZone) ?? new Date(Number.NaN),
      endsAt: fromZonedInput(readField(form, "endsAt"), timeZone) ?? new Date(Number.NaN),
    };
    const result = await savePromotion(db, { promotion, isNew, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t(isNew ? "pricing.promotions.created" : "pricing.promotions.saved") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.promotionGone") };
    return { status: "error", message: t("errors.checkFields"), fields: problemFields(t, result.problems) };
  });
}

/** Deletes a promotion and goes back to the pricing page. */
export async function removePromotionAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const result = await removePromotion(await getDb(), { id: readField(form, "id"), actor: { id: member.id, email: member.email } });
    if (!result.ok) return { status: "error", message: t("pricing.errors.promotionGone") };
    redirect(`/${localeFromForm(form)}/admin/pricing?removed=promotion`);
  });
}

"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { parseMajorUnits } from "@/lib/money";
import type { RateTier } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";
import { maxTiers, splitCountries, type MethodInput, type MethodProblem } from "./pricing-checks";
import { problemFields } from "./pricing-problems";
import { removeShippingMethod, removeShippingZone, saveShippingMethod, saveShippingZone } from "./shipping-rules";

/** A whole number as typed, or NaN (which the checks refuse at its field). */
const wholeNumber = (typed: string) => (/^\d{1,6}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);

const zonePath = (locale: string, id: string) => `/${locale}/admin/pricing/shipping/${encodeURIComponent(id)}`;

/**
 * Creates a zone (then goes to its page, to add its methods) or changes one. Countries are typed as
 * codes separated by commas; each problem is named at its field, with what was typed kept.
 */
export async function saveZoneAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const isNew = readField(form, "isNew") === "yes";
    const zone = {
      id: readField(form, "id").trim().toLowerCase(),
      countries: splitCountries(readField(form, "countries")),
      domestic: readField(form, "domestic") === "yes",
      position: wholeNumber(readField(form, "position")),
    };
    const result = await saveShippingZone(await getDb(), { zone, isNew, actor: { id: member.id, email: member.email } });
    if (result.ok && isNew) redirect(zonePath(localeFromForm(form), result.id));
    if (result.ok) return { status: "done", message: t("pricing.zones.saved") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.zoneGone") };
    return { status: "error", message: t("errors.checkFields"), fields: problemFields(t, result.problems) };
  });
}

/** Deletes a zone with its methods once the box is ticked, then goes back to the pricing page. */
export async function removeZoneAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = readField(form, "id");
    if (readField(form, "confirm") !== "yes") return { status: "error", message: t("errors.checkFields"), fields: { confirm: t("pricing.zones.confirmNeeded") } };
    const result = await removeShippingZone(await getDb(), { id, actor: { id: member.id, email: member.email } });
    if (!result.ok) return { status: "error", message: t("pricing.errors.zoneGone") };
    redirect(`/${localeFromForm(form)}/admin/pricing?removed=zone`);
  });
}

/**
 * The tiers typed in rows `tierBelow0`/`tierAmount0` …: empty rows are left out, an empty limit is
 * "no limit". Amounts are in the store's currency; a row's own typing problems are named at it, and
 * `rows` maps each tier back to its row for the checks' problems.
 */
function readTiers(form: FormData, t: AdminWords, fields: Record<string, string>): { tiers: RateTier[]; rows: number[] } {
  const tiers: RateTier[] = [];
  const rows: number[] = [];
  for (let row = 0; row < maxTiers; row++) {
    const belowText = readField(form, `tierBelow${row}`).trim();
    const amountText = readField(form, `tierAmount${row}`).trim();
    if (!belowText && !amountText) continue;
    const below = belowText ? parseMajorUnits(belowText, store.currency) : null;
    const amount = amountText ? parseMajorUnits(amountText, store.currency) : null;
    if (belowText && below === null) fields[`tierBelow${row}`] = t(belowText.startsWith("-") ? "pricing.errors.negative_amount" : "pricing.errors.bad_amount");
    if (!amountText) fields[`tierAmount${row}`] = t("pricing.errors.tierAmountMissing");
    else if (amount === null) fields[`tierAmount${row}`] = t(amountText.startsWith("-") ? "pricing.errors.negative_amount" : "pricing.errors.bad_amount");
    tiers.push({ below, amount: amount ?? 0 });
    rows.push(row);
  }
  return { tiers, rows };
}

/** Adds a method to a zone (no `id`) or changes one; each problem is named at its field or tier row. */
export async function saveMethodAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const fields: Record<string, string> = {};
    const idText = readField(form, "id");
    const { tiers, rows } = readTiers(form, t, fields);
    const freeText = readField(form, "freeOver").trim();
    const freeOver = freeText ? parseMajorUnits(freeText, store.currency) : null;
    if (freeText && freeOver === null) fields["freeOver"] = t(freeText.startsWith("-") ? "pricing.errors.negative_amount" : "pricing.errors.bad_amount");
    const method: MethodInput = {
      zoneId: readField(form, "zoneId"),
      service: readField(form, "service") as MethodInput["service"],
      carrier: readField(form, "carrier"),
      rate: tiers,
      freeOver,
      transitDaysMin: wholeNumber(readField(form, "transitDaysMin")),
      transitDaysMax: wholeNumber(readField(form, "transitDaysMax")),
      position: wholeNumber(readField(form, "position")),
    };
    if (Object.keys(fields).length) return { status: "error", message: t("errors.checkFields"), fields };
    const result = await saveShippingMethod(await getDb(), { id: idText || null, method, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t(idText ? "pricing.methods.saved" : "pricing.methods.created") };
    if (result.reason === "not_found") return { status: "error", message: t("pricing.errors.methodGone") };
    if (result.problems.some((problem) => problem.reason === "zone_not_found")) return { status: "error", message: t("pricing.errors.zoneGone") };
    const tierField = (problem: MethodProblem) => {
      if (problem.field !== "tiers") return problem.field;
      if (problem.index === undefined) return "tierAmount0";
      const row = rows[problem.index] ?? 0;
      return problem.part === "below" ? `tierBelow${row}` : `tierAmount${row}`;
    };
    return { status: "error", message: t("errors.checkFields"), fields: problemFields(t, result.problems, tierField) };
  });
}

export async function removeMethodAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const result = await removeShippingMethod(await getDb(), { id: readField(form, "id"), actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("pricing.methods.removed") } : { status: "error", message: t("pricing.errors.methodGone") };
  });
}

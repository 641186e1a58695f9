"use server";

import { getDb } from "@/db";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { removeTaxRate, saveTaxRate, taxRateInput } from "./tax-rates";

/** A percentage as typed ("19", "7.25", "8,875") in basis points; null when it is not one from 0 to 100 with at most two decimals. */
function basisPoints(typed: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(typed.trim());
  if (!match) return null;
  const points = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0") || "0");
  return points <= 10_000 ? points : null;
}

/** Adds or changes a tax rate (an `id` field means a change); each problem is named at its field. */
export async function saveTaxRateAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const fields: Record<string, string> = {};
    const idText = readField(form, "id");
    const id = idText === "" ? null : Number(idText);
    const country = readField(form, "country").trim().toUpperCase();
    const regionText = readField(form, "region").trim().toUpperCase();
    const rate = basisPoints(readField(form, "rate"));
    if (!/^[A-Z]{2}$/.test(country)) fields["country"] = t("taxes.errors.country");
    if (regionText && !/^[A-Z0-9]{1,3}$/.test(regionText)) fields["region"] = t("taxes.errors.region");
    if (rate === null) fields["rate"] = t("taxes.errors.rate");
    const input = taxRateInput.safeParse({
      country,
      region: regionText || null,
      rate,
      inclusive: readField(form, "inclusive") === "yes",
      appliesToShipping: readField(form, "appliesToShipping") === "yes",
      label: readField(form, "label"),
    });
    if (!input.success && !Object.keys(fields).length) fields["label"] = t("taxes.errors.label");
    if (Object.keys(fields).length || !input.success || (id !== null && !Number.isInteger(id))) return { status: "error", message: t("errors.checkFields"), fields };
    const result = await saveTaxRate(await getDb(), { id, rate: input.data, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t("taxes.saved") };
    if (result.reason === "exists") return { status: "error", message: t("errors.checkFields"), fields: { region: t("taxes.errors.exists") } };
    return { status: "error", message: t("taxes.errors.gone") };
  });
}

export async function removeTaxRateAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = Number(readField(form, "id"));
    if (!Number.isInteger(id)) return { status: "error", message: t("taxes.errors.gone") };
    const result = await removeTaxRate(await getDb(), { id, actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("taxes.removed") } : { status: "error", message: t("taxes.errors.gone") };
  });
}

"use server";

import { getDb } from "@/db";
import { findCoupon } from "@/lib/pricing/queries";
import { sectionNames, type SettingsSection } from "@/lib/settings/fields";
import { resetSettingsSection, saveSettingsSection, type SaveSettingsResult } from "@/lib/settings/store-settings";
import { store } from "@/lib/store/config";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";
import { parseSettingsForm } from "./settings-form";

const sectionOf = (form: FormData): SettingsSection | null => {
  const name = readField(form, "section");
  return (sectionNames as string[]).includes(name) ? (name as SettingsSection) : null;
};

const versionOf = (form: FormData) => {
  const text = readField(form, "version");
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
};

function answer(result: SaveSettingsResult, t: AdminWords, done: string): AdminFormState {
  if (result.ok) return { status: "done", message: done };
  if (result.reason === "forbidden") return { status: "error", message: t("settings.errors.adminOnly") };
  if (result.reason === "conflict") return { status: "error", message: t("settings.errors.conflict") };
  return { status: "error", message: t("errors.checkFields") };
}

/** Saves one section of the settings form; each problem is named at its field and what was typed stays. */
export async function saveSettingsAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const section = sectionOf(form);
    const version = versionOf(form);
    if (!section || version === null) return { status: "error", message: t("settings.errors.conflict") };
    const parsed = parseSettingsForm(section, (name) => readField(form, name), store.currency);
    if (!parsed.ok) {
      const fields = Object.fromEntries(Object.entries(parsed.problems).map(([field, problem]) => [field, t(`settings.errors.${problem!}`)]));
      return { status: "error", message: t("errors.checkFields"), fields };
    }
    const db = await getDb();
    if (section === "recovery") {
      const code = (parsed.values as { exitOfferCode: string | null }).exitOfferCode;
      if (code && !(await findCoupon(db, { code }))) return { status: "error", message: t("errors.checkFields"), fields: { exitOfferCode: t("settings.errors.unknownCoupon") } };
    }
    const result = await saveSettingsSection(db, { section, values: parsed.values, version, actor: { id: member.id, email: member.email }, role: member.role });
    return answer(result, t, t("settings.saved"));
  });
}

/** Puts one section back to the defaults of lib/store/config.ts and the env vars. */
export async function resetSettingsAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const section = sectionOf(form);
    const version = versionOf(form);
    if (!section || version === null) return { status: "error", message: t("settings.errors.conflict") };
    const result = await resetSettingsSection(await getDb(), { section, version, actor: { id: member.id, email: member.email }, role: member.role });
    return answer(result, t, t("settings.reset"));
  });
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { localeFromForm } from "@/lib/i18n/form";
import { isRefusal, staffAction, type StaffMember } from "./access";

/** What an admin form shows after its action: nothing yet, done, or what is wrong (per field where it is a field's). */
export type AdminFormState =
  | { status: "idle" }
  | { status: "done"; message: string }
  /** `values`: what was typed, given back so the form shows it again (a form resets after its action); `at` tells answers apart. */
  | { status: "error"; message: string; fields?: Record<string, string>; values?: Record<string, string>; at?: number };

export type AdminWords = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** A form field's text ("" when absent or a file). */
export const readField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Runs an admin action as the signed-in staff member: refused (nothing done) for anyone else. A
 * success re-renders the page; an error gives back what was typed, for the form to show again.
 */
export async function asStaff(form: FormData, run: (member: StaffMember, t: AdminWords) => Promise<AdminFormState>): Promise<AdminFormState> {
  const t = await getTranslations({ locale: localeFromForm(form), namespace: "admin" });
  const member = await staffAction();
  if (isRefusal(member)) return { status: "error", message: t("errors.forbidden") };
  const state = await run(member, t);
  if (state.status === "done") refresh();
  if (state.status !== "error") return state;
  const typed = [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].length <= 5000);
  return { ...state, values: Object.fromEntries(typed), at: Date.now() };
}

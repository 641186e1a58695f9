"use server";

import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getOrderView } from "@/lib/checkout/order-view";
import { hasOrderAccess } from "@/lib/checkout/order-access";
import { localeFromForm } from "@/lib/i18n/form";
import type { Locale } from "@/lib/i18n/locales";
import { retryMinutes } from "@/lib/security/rate-limit";
import { saveEffortAnswer, saveExitAnswer, type SaveAnswerResult } from "./answers";
import { checkEffortAnswer, checkExitAnswer, type SurveyProblem } from "./input";
import { commentMaxLength } from "./reasons";
import { answerFacts } from "./request";
import { surveySettings } from "./settings";

/** What a survey form shows after sending: thanks, "already answered", or what to fix (with what was typed kept). */
export type SurveyState =
  | { status: "idle" }
  | { status: "done"; message: string }
  | { status: "already"; message: string }
  | { status: "error"; message: string; fields: Partial<Record<"reason" | "score" | "comment", string>>; values: { reason: string; score: string; comment: string }; at: number };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

type Translate = Awaited<ReturnType<typeof getTranslations<"surveys">>>;

function problemMessages(problems: SurveyProblem[], t: Translate): Partial<Record<"reason" | "score" | "comment", string>> {
  const fields: Partial<Record<"reason" | "score" | "comment", string>> = {};
  for (const problem of problems) {
    if (problem.field === "reason") fields.reason = t("errors.chooseReason");
    else if (problem.field === "score") fields.score = t("errors.chooseScore", { min: 1, max: 7 });
    else if (problem.field === "comment") fields.comment = t("errors.commentTooLong", { max: commentMaxLength, count: problem.length });
  }
  return fields;
}

async function refused(result: Exclude<SaveAnswerResult, { ok: true }>, t: Translate): Promise<string> {
  if (result.reason === "limited") return t("errors.tooMany", { minutes: retryMinutes(result.retryAfterSeconds) });
  return t("effort.already");
}

/**
 * The exit survey's answer (G3): a reason from Baymard's list, an optional comment (≤ 500
 * characters, control characters stripped), and where the shopper was. Saved with the visitor,
 * visit, locale, device and traffic; limited per browser and address. Never in the way of leaving:
 * every failure is a message in the dialog, which the shopper can simply close.
 */
export async function answerExitSurvey(_previous: SurveyState, form: FormData): Promise<SurveyState> {
  const locale: Locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "surveys" });
  const values = { reason: text(form, "reason"), score: "", comment: text(form, "comment") };
  const fail = (message: string, fields: Partial<Record<"reason" | "score" | "comment", string>> = {}): SurveyState => ({ status: "error", message, fields, values, at: Date.now() });
  if (!surveySettings().exit) return fail(t("errors.notSaved"));
  const checked = checkExitAnswer({ reason: values.reason, page: text(form, "page"), comment: values.comment });
  if (!checked.ok) {
    const fields = problemMessages(checked.problems, t);
    // A page the store never sends is a forged or stale form: nothing the shopper can fix.
    return fail(Object.keys(fields).length ? t("errors.checkFields") : t("errors.notSaved"), fields);
  }
  const facts = await answerFacts();
  if (!facts) return fail(t("errors.notSaved"));
  try {
    const result = await saveExitAnswer(await getDb(), checked.value, { ...facts, locale });
    if (!result.ok) return fail(await refused(result, t));
  } catch (error) {
    console.error("[surveys] exit answer not saved:", error);
    return fail(t("errors.notSaved"));
  }
  return { status: "done", message: t("exit.thanks") };
}

/**
 * "How easy was checkout?" (Customer Effort Score, 1–7) on the order confirmation. Only the order's
 * viewer answers: the signed order link is checked again here as the page checks it
 * (`hasOrderAccess`), and one answer per order is kept; a second one changes nothing and says so.
 */
export async function answerEffortSurvey(_previous: SurveyState, form: FormData): Promise<SurveyState> {
  const locale: Locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "surveys" });
  const values = { reason: "", score: text(form, "score"), comment: text(form, "comment") };
  const fail = (message: string, fields: Partial<Record<"reason" | "score" | "comment", string>> = {}): SurveyState => ({ status: "error", message, fields, values, at: Date.now() });
  if (!surveySettings().effort) return fail(t("errors.notSaved"));
  const number = Number(text(form, "number"));
  const key = text(form, "key").slice(0, 101);
  try {
    const db = await getDb();
    const order = /^\d{1,9}$/.test(text(form, "number")) ? await getOrderView(db, { number }) : null;
    if (!order || !(await hasOrderAccess(order.number, order.email, key))) return fail(t("effort.noAccess"));
    const checked = checkEffortAnswer({ score: values.score, comment: values.comment });
    if (!checked.ok) return fail(t("errors.checkFields"), problemMessages(checked.problems, t));
    const facts = await answerFacts();
    if (!facts) return fail(t("errors.notSaved"));
    const result = await saveEffortAnswer(db, { ...checked.value, number: order.number }, { ...facts, locale });
    if (!result.ok) return result.reason === "already_answered" ? { status: "already", message: t("effort.already") } : fail(await refused(result, t));
  } catch (error) {
    console.error("[surveys] effort answer not saved:", error);
    return fail(t("errors.notSaved"));
  }
  return { status: "done", message: t("effort.thanks") };
}

"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { changeExperimentStatus, experimentKeyPattern, saveExperiment, type ExperimentInput, type ExperimentProblem } from "@/lib/experiments/experiments";
import { maxArms } from "@/lib/experiments/targets";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";



/** The form's fields as an experiment: arm rows left empty are skipped; percentages as typed ("50", "33"). */
function readExperiment(form: FormData): ExperimentInput {
  const arms = Array.from({ length: maxArms }, (_, row) => ({
    key: readField(form, `armKey${row}`).trim().toLowerCase(),
    value: readField(form, `armValue${row}`),
    weightText: readField(form, `armWeight${row}`).trim(),
  }))
    .filter((arm) => arm.key || arm.weightText)
    .map(({ key, value, weightText }) => ({ key, value, weight: /^\d{1,3}$/.test(weightText) ? Number(weightText) : Number.NaN }));
  const mdeText = readField(form, "minimumDetectableEffect").trim().replace(",", ".");
  return {
    key: readField(form, "key").trim().toLowerCase(),
    name: readField(form, "name").slice(0, 200),
    hypothesis: readField(form, "hypothesis").slice(0, 2000),
    target: readField(form, "target") as ExperimentInput["target"],
    arms,
    primaryMetric: readField(form, "primaryMetric") as ExperimentInput["primaryMetric"],
    minimumDetectableEffect: /^\d{1,3}(\.\d{1,2})?$/.test(mdeText) ? Math.round(Number(mdeText) * 100) : Number.NaN,
  };
}

/** Each problem at its field: an arm's at its row, the arms' together at the first row's weight. */
function fieldsOf(problems: ExperimentProblem[], t: AdminWords): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    if (problem.field !== "arms") fields[problem.field] = t(`experiments.errors.${problem.field}`);
    else if ("index" in problem) {
      const field = problem.reason === "weight" ? `armWeight${problem.index}` : problem.reason === "key" || problem.reason === "duplicate" ? `armKey${problem.index}` : `armValue${problem.index}`;
      fields[field] ??= t(`experiments.errors.arm_${problem.reason}`);
    } else if (problem.reason === "weights_total") fields["armWeight0"] = t("experiments.errors.arms_weights_total", { total: problem.total ?? 0 });
    else fields["armKey0"] = t(`experiments.errors.arms_${problem.reason}`);
  }
  return fields;
}

/** Creates an experiment as a draft, or changes a draft; a new one opens its page. */
export async function saveExperimentAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const isNew = readField(form, "isNew") === "yes";
    const version = Number(readField(form, "version"));
    const input = readExperiment(form);
    const result = await saveExperiment(await getDb(), { input, isNew, version: Number.isSafeInteger(version) ? version : -1, actor: { id: member.id, email: member.email } });
    if (result.ok) {
      if (isNew) redirect(`/${localeFromForm(form)}/admin/experiments/${input.key}`);
      return { status: "done", message: t("experiments.saved") };
    }
    if (result.reason === "invalid") return { status: "error", message: t("errors.checkFields"), fields: fieldsOf(result.problems, t) };
    if (result.reason === "key_taken") return { status: "error", message: t("errors.checkFields"), fields: { key: t("experiments.errors.keyTaken") } };
    return { status: "error", message: t(`experiments.errors.${result.reason}`) };
  });
}

/** Starts a draft or stops a running experiment. */
export async function experimentStatusAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const to = readField(form, "to");
    const key = readField(form, "key");
    if ((to !== "running" && to !== "stopped") || !experimentKeyPattern.test(key)) return { status: "error", message: t("experiments.errors.not_found") };
    const result = await changeExperimentStatus(await getDb(), { key, to, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t(to === "running" ? "experiments.startedNow" : "experiments.stopped") };
    return { status: "error", message: t(`experiments.errors.${result.reason}`) };
  });
}

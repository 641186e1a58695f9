"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { experimentStatusAction, saveExperimentAction } from "@/lib/admin/experiment-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { experimentTargets, maxArms, targetNames, type ExperimentTarget } from "@/lib/experiments/targets";
import { FormAnswer } from "./form-answer";

export interface ExperimentFormValues {
  key: string;
  name: string;
  hypothesis: string;
  target: ExperimentTarget;
  arms: { key: string; value: string; weight: string }[];
  primaryMetric: "checkout_conversion" | "revenue_per_visitor";
  /** Percent, as typed. */
  minimumDetectableEffect: string;
  version: number;
}

export interface ExperimentFormText {
  title: string;
  key: string;
  keyHint: string;
  name: string;
  hypothesis: string;
  hypothesisHint: string;
  target: string;
  targets: Record<string, string>;
  /** Each target's options' names, by `${target}.${option}`. */
  options: Record<string, string>;
  arms: string;
  armsHint: string;
  armKey: string[];
  armValue: string[];
  armWeight: string[];
  primaryMetric: string;
  metrics: Record<"checkout_conversion" | "revenue_per_visitor", string>;
  minimumDetectableEffect: string;
  minimumDetectableEffectHint: string;
  submit: string;
}

/** An experiment's definition: what it varies, its arms with their share of visitors, what decides it. A draft only. */
export function ExperimentForm({ initial, isNew, text }: { initial: ExperimentFormValues; isNew: boolean; text: ExperimentFormText }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveExperimentAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, fallback: string) => typed?.[name] ?? fallback;
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const select = (name: string, label: string, current: string, options: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`experiment-${name}`} className="block font-medium">
        {label}
      </label>
      <select
        id={`experiment-${name}`}
        name={name}
        defaultValue={value(name, current)}
        className="field"
        aria-invalid={error(name) ? true : undefined}
        aria-describedby={error(name) ? `experiment-${name}-error` : undefined}
      >
        {options}
      </select>
      {error(name) ? (
        <p id={`experiment-${name}-error`} className="text-sm text-sale">
          {error(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action={save} aria-labelledby="experiment-form-title" key={state.status === "error" ? state.at : state.status} className="space-y-4 rounded-lg border border-line bg-white p-4" noValidate>
      <h2 id="experiment-form-title" className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="isNew" value={isNew ? "yes" : "no"} />
      <input type="hidden" name="version" value={initial.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {isNew ? (
          <TextField id="experiment-key" name="key" label={text.key} hint={text.keyHint} autoComplete="off" dir="ltr" maxLength={40} defaultValue={value("key", initial.key)} error={error("key")} />
        ) : (
          <input type="hidden" name="key" value={initial.key} />
        )}
        <TextField id="experiment-name" name="name" label={text.name} autoComplete="off" maxLength={120} defaultValue={value("name", initial.name)} error={error("name")} />
      </div>
      <div className="space-y-1">
        <label htmlFor="experiment-hypothesis" className="block font-medium">
          {text.hypothesis}
        </label>
        <p id="experiment-hypothesis-hint" className="text-sm text-muted">
          {text.hypothesisHint}
        </p>
        <textarea
          id="experiment-hypothesis"
          name="hypothesis"
          rows={3}
          maxLength={1000}
          className="field"
          defaultValue={value("hypothesis", initial.hypothesis)}
          aria-invalid={error("hypothesis") ? true : undefined}
          aria-describedby={["experiment-hypothesis-hint", error("hypothesis") ? "experiment-hypothesis-error" : null].filter(Boolean).join(" ")}
        />
        {error("hypothesis") ? (
          <p id="experiment-hypothesis-error" className="text-sm text-sale">
            {error("hypothesis")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {select(
          "target",
          text.target,
          initial.target,
          targetNames.map((target) => (
            <option key={target} value={target}>
              {text.targets[target]}
            </option>
          )),
        )}
        {select(
          "primaryMetric",
          text.primaryMetric,
          initial.primaryMetric,
          (["checkout_conversion", "revenue_per_visitor"] as const).map((metric) => (
            <option key={metric} value={metric}>
              {text.metrics[metric]}
            </option>
          )),
        )}
        <TextField
          id="experiment-minimumDetectableEffect"
          name="minimumDetectableEffect"
          label={text.minimumDetectableEffect}
          hint={text.minimumDetectableEffectHint}
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          maxLength={6}
          defaultValue={value("minimumDetectableEffect", initial.minimumDetectableEffect)}
          error={error("minimumDetectableEffect")}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{text.arms}</legend>
        <p className="text-sm text-muted">{text.armsHint}</p>
        {Array.from({ length: maxArms }, (_, row) => {
          const arm = initial.arms[row] ?? { key: "", value: "", weight: "" };
          return (
            <div key={row} className="grid gap-3 sm:grid-cols-3">
              <TextField id={`experiment-armKey${row}`} name={`armKey${row}`} label={text.armKey[row]!} autoComplete="off" dir="ltr" maxLength={24} defaultValue={value(`armKey${row}`, arm.key)} error={error(`armKey${row}`)} />
              {select(
                `armValue${row}`,
                text.armValue[row]!,
                arm.value,
                targetNames.map((target) => (
                  <optgroup key={target} label={text.targets[target]}>
                    {experimentTargets[target].map((option) => (
                      <option key={option} value={option}>
                        {text.options[`${target}.${option}`]}
                      </option>
                    ))}
                  </optgroup>
                )),
              )}
              <TextField id={`experiment-armWeight${row}`} name={`armWeight${row}`} label={text.armWeight[row]!} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={3} defaultValue={value(`armWeight${row}`, arm.weight)} error={error(`armWeight${row}`)} />
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

/** Start a draft or stop a running experiment (for good: a stopped one's results stay as they were). */
export function ExperimentStatusForm({ experimentKey, to, label, hint }: { experimentKey: string; to: "running" | "stopped"; label: string; hint: string }) {
  const locale = useLocale();
  const [state, act, pending] = useActionState<AdminFormState, FormData>(experimentStatusAction, { status: "idle" });
  return (
    <form action={act} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="key" value={experimentKey} />
      <input type="hidden" name="to" value={to} />
      <p className="text-sm text-muted">{hint}</p>
      <button type="submit" className={to === "running" ? "btn-primary" : "btn-secondary text-sale"} disabled={pending}>
        {label}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { YesNoCheckbox } from "@/components/ui/yes-no-checkbox";
import type { AdminFormState } from "@/lib/admin/form-state";
import { removeTaxRateAction, saveTaxRateAction } from "@/lib/admin/tax-rate-actions";
import { FormAnswer } from "./form-answer";

export interface TaxRateValues {
  id: number | null;
  country: string;
  region: string;
  /** Percent as typed, e.g. "7.25". */
  rate: string;
  inclusive: boolean;
  appliesToShipping: boolean;
  label: "vat" | "salesTax" | "gst";
}

export interface TaxRateText {
  country: string;
  region: string;
  rate: string;
  inclusive: string;
  appliesToShipping: string;
  label: string;
  labels: Record<TaxRateValues["label"], string>;
  submit: string;
  remove: string;
}

/** One tax rate's form (new when `id` is null), with a remove button for an existing one. */
export function TaxRateForm({ initial, text, formId }: { initial: TaxRateValues; text: TaxRateText; formId: string }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveTaxRateAction, { status: "idle" });
  const [removal, remove, removing] = useActionState<AdminFormState, FormData>(removeTaxRateAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "country" | "region" | "rate") => typed?.[name] ?? initial[name];
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const answer = removal.status !== "idle" ? removal : state;
  return (
    <div className="space-y-3">
      <form action={save} key={state.status === "error" ? state.at : state.status} className="grid gap-3 sm:grid-cols-3" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={initial.id ?? ""} />
        <TextField id={`${formId}-country`} name="country" label={text.country} autoComplete="off" autoCapitalize="characters" dir="ltr" maxLength={2} defaultValue={value("country")} error={error("country")} />
        <TextField id={`${formId}-region`} name="region" label={text.region} autoComplete="off" autoCapitalize="characters" dir="ltr" maxLength={3} defaultValue={value("region")} error={error("region")} />
        <TextField id={`${formId}-rate`} name="rate" label={text.rate} inputMode="decimal" autoComplete="off" dir="ltr" maxLength={6} defaultValue={value("rate")} error={error("rate")} />
        <div className="space-y-1">
          <label htmlFor={`${formId}-label`} className="block font-medium">
            {text.label}
          </label>
          <select id={`${formId}-label`} name="label" defaultValue={typed?.label ?? initial.label} className="field">
            {(Object.keys(text.labels) as TaxRateValues["label"][]).map((label) => (
              <option key={label} value={label}>
                {text.labels[label]}
              </option>
            ))}
          </select>
        </div>
        <YesNoCheckbox name="inclusive" label={text.inclusive} initial={typed ? typed.inclusive === "yes" : initial.inclusive} />
        <YesNoCheckbox name="appliesToShipping" label={text.appliesToShipping} initial={typed ? typed.appliesToShipping === "yes" : initial.appliesToShipping} />
        <div className="sm:col-span-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {text.submit}
          </button>
        </div>
      </form>
      {initial.id !== null ? (
        <form action={remove}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={initial.id} />
          <button type="submit" className="btn-secondary text-sale" disabled={removing}>
            {text.remove}
          </button>
        </form>
      ) : null}
      <FormAnswer state={answer} />
    </div>
  );
}

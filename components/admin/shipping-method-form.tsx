"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AdminFormState } from "@/lib/admin/form-state";
import { removeMethodAction, saveMethodAction } from "@/lib/admin/shipping-rule-actions";
import { FormAnswer } from "./form-answer";

export interface MethodFormValues {
  /** Empty for a new method. */
  id: string;
  zoneId: string;
  service: "standard" | "express";
  carrier: string;
  /** Tier rows as typed, in major units ("30.00"); an empty limit is "no limit". Empty rows are spare. */
  tiers: { below: string; amount: string }[];
  freeOver: string;
  transitDaysMin: string;
  transitDaysMax: string;
  position: string;
}

export interface MethodFormText {
  service: string;
  services: Record<MethodFormValues["service"], string>;
  carrier: string;
  tiers: string;
  tiersHint: string;
  /** Per row (1-based): "Tier 1: orders under", "Tier 1: price". */
  tierBelow: string[];
  tierAmount: string[];
  freeOver: string;
  freeOverHint: string;
  transitMin: string;
  transitMax: string;
  position: string;
  submit: string;
  remove: string;
}

/**
 * A shipping method's form (new when `id` is empty), its price as tiers by subtotal in rows, and a
 * delete button for an existing one. Problems are named at their fields or tier rows.
 */
export function MethodForm({ initial, text, formId }: { initial: MethodFormValues; text: MethodFormText; formId: string }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveMethodAction, { status: "idle" });
  const [removal, remove, removing] = useActionState<AdminFormState, FormData>(removeMethodAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "carrier" | "freeOver" | "transitDaysMin" | "transitDaysMax" | "position") => typed?.[name] ?? initial[name];
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const answer = removal.status !== "idle" ? removal : state;
  return (
    <div className="space-y-3">
      <form action={save} key={state.status === "error" ? state.at : state.status} className="space-y-3" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={initial.id} />
        <input type="hidden" name="zoneId" value={initial.zoneId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={`${formId}-service`} className="block font-medium">
              {text.service}
            </label>
            <select
              id={`${formId}-service`}
              name="service"
              defaultValue={typed?.service ?? initial.service}
              className="field"
              aria-invalid={error("service") ? true : undefined}
              aria-describedby={error("service") ? `${formId}-service-error` : undefined}
            >
              {(Object.keys(text.services) as MethodFormValues["service"][]).map((service) => (
                <option key={service} value={service}>
                  {text.services[service]}
                </option>
              ))}
            </select>
            {error("service") ? (
              <p id={`${formId}-service-error`} className="text-sm text-sale">
                {error("service")}
              </p>
            ) : null}
          </div>
          <TextField id={`${formId}-carrier`} name="carrier" label={text.carrier} autoComplete="off" maxLength={80} defaultValue={value("carrier")} error={error("carrier")} />
        </div>
        <fieldset className="space-y-2 rounded-md border border-line p-3" aria-describedby={`${formId}-tiers-hint`}>
          <legend className="px-1 font-medium">{text.tiers}</legend>
          <p id={`${formId}-tiers-hint`} className="text-sm text-muted">
            {text.tiersHint}
          </p>
          {initial.tiers.map((tier, row) => (
            <div key={row} className="grid gap-3 sm:grid-cols-2">
              <TextField
                id={`${formId}-tierBelow${row}`}
                name={`tierBelow${row}`}
                label={text.tierBelow[row]!}
                inputMode="decimal"
                autoComplete="off"
                dir="ltr"
                maxLength={14}
                defaultValue={typed?.[`tierBelow${row}`] ?? tier.below}
                error={error(`tierBelow${row}`)}
              />
              <TextField
                id={`${formId}-tierAmount${row}`}
                name={`tierAmount${row}`}
                label={text.tierAmount[row]!}
                inputMode="decimal"
                autoComplete="off"
                dir="ltr"
                maxLength={14}
                defaultValue={typed?.[`tierAmount${row}`] ?? tier.amount}
                error={error(`tierAmount${row}`)}
              />
            </div>
          ))}
        </fieldset>
        <TextField id={`${formId}-freeOver`} name="freeOver" label={text.freeOver} hint={text.freeOverHint} inputMode="decimal" autoComplete="off" dir="ltr" maxLength={14} defaultValue={value("freeOver")} error={error("freeOver")} />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField id={`${formId}-transitDaysMin`} name="transitDaysMin" label={text.transitMin} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={3} defaultValue={value("transitDaysMin")} error={error("transitDaysMin")} />
          <TextField id={`${formId}-transitDaysMax`} name="transitDaysMax" label={text.transitMax} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={3} defaultValue={value("transitDaysMax")} error={error("transitDaysMax")} />
          <TextField id={`${formId}-position`} name="position" label={text.position} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={4} defaultValue={value("position")} error={error("position")} />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {text.submit}
        </button>
      </form>
      {initial.id ? (
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

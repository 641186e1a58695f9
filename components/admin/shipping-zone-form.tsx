"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { YesNoCheckbox } from "@/components/ui/yes-no-checkbox";
import type { AdminFormState } from "@/lib/admin/form-state";
import { removeZoneAction, saveZoneAction } from "@/lib/admin/shipping-rule-actions";
import { FormAnswer } from "./form-answer";

export interface ZoneFormValues {
  id: string;
  /** Codes as typed: "DE, FR, AT". */
  countries: string;
  domestic: boolean;
  position: string;
}

export interface ZoneFormText {
  title: string;
  id: string;
  idHint: string;
  countries: string;
  countriesHint: string;
  domestic: string;
  position: string;
  positionHint: string;
  submit: string;
}

/** A shipping zone's form: new (with its id) or existing (its id fixed). Problems are named at their fields; what was typed stays. */
export function ZoneForm({ initial, isNew, text }: { initial: ZoneFormValues; isNew: boolean; text: ZoneFormText }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveZoneAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "id" | "countries" | "position") => typed?.[name] ?? initial[name];
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const formId = isNew ? "zone-new" : "zone-edit";
  return (
    <form action={save} aria-labelledby={`${formId}-title`} key={state.status === "error" ? state.at : state.status} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <h2 id={`${formId}-title`} className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="isNew" value={isNew ? "yes" : "no"} />
      {isNew ? (
        <TextField id={`${formId}-id`} name="id" label={text.id} hint={text.idHint} autoComplete="off" autoCapitalize="none" spellCheck={false} dir="ltr" maxLength={40} defaultValue={value("id")} error={error("id")} />
      ) : (
        <input type="hidden" name="id" value={initial.id} />
      )}
      <TextField
        id={`${formId}-countries`}
        name="countries"
        label={text.countries}
        hint={text.countriesHint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        dir="ltr"
        maxLength={1000}
        defaultValue={value("countries")}
        error={error("countries")}
      />
      <YesNoCheckbox name="domestic" label={text.domestic} initial={typed ? typed.domestic === "yes" : initial.domestic} />
      <TextField id={`${formId}-position`} name="position" label={text.position} hint={text.positionHint} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={4} defaultValue={value("position")} error={error("position")} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

/** "Delete this zone and its methods", confirmed by a ticked box. */
export function ZoneRemoveForm({ id, text }: { id: string; text: { title: string; hint: string; confirm: string; submit: string } }) {
  const locale = useLocale();
  const [state, remove, pending] = useActionState<AdminFormState, FormData>(removeZoneAction, { status: "idle" });
  const error = state.status === "error" ? (state.fields?.confirm ?? null) : null;
  return (
    <form action={remove} aria-labelledby="zone-remove-title" className="space-y-3 rounded-lg border border-sale bg-white p-4" noValidate>
      <h2 id="zone-remove-title" className="text-xl font-bold">
        {text.title}
      </h2>
      <p id="zone-remove-hint">{text.hint}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="h-5 w-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "zone-remove-hint zone-remove-error" : "zone-remove-hint"}
        />
        {text.confirm}
      </label>
      {error ? (
        <p id="zone-remove-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn-secondary border-sale text-sale" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AdminFormState } from "@/lib/admin/form-state";
import { addHolidayAction, removeHolidayAction, saveWarehouseAction } from "@/lib/admin/warehouse-actions";
import { FormAnswer } from "./form-answer";

export interface WarehouseFormValues {
  timeZone: string;
  cutoff: string;
  handlingDays: string;
}

export interface WarehouseFormText {
  title: string;
  timeZone: string;
  timeZoneHint: string;
  cutoff: string;
  cutoffHint: string;
  handlingDays: string;
  handlingDaysHint: string;
  submit: string;
}

/** The warehouse's time zone, cut-off and handling days; problems named at their fields, what was typed kept. */
export function WarehouseForm({ initial, text }: { initial: WarehouseFormValues; text: WarehouseFormText }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveWarehouseAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: keyof WarehouseFormValues) => typed?.[name] ?? initial[name];
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  return (
    <form action={save} aria-labelledby="warehouse-title" key={state.status === "error" ? state.at : state.status} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <h2 id="warehouse-title" className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <TextField id="warehouse-timeZone" name="timeZone" label={text.timeZone} hint={text.timeZoneHint} autoComplete="off" autoCapitalize="none" spellCheck={false} dir="ltr" maxLength={64} defaultValue={value("timeZone")} error={error("timeZone")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="warehouse-cutoff" name="cutoff" label={text.cutoff} hint={text.cutoffHint} autoComplete="off" inputMode="numeric" dir="ltr" maxLength={5} defaultValue={value("cutoff")} error={error("cutoff")} />
        <TextField id="warehouse-handlingDays" name="handlingDays" label={text.handlingDays} hint={text.handlingDaysHint} autoComplete="off" inputMode="numeric" dir="ltr" maxLength={2} defaultValue={value("handlingDays")} error={error("handlingDays")} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

/** Adds a holiday: a date field; a bad or already listed day is named next to it. */
export function HolidayAddForm({ text }: { text: { date: string; submit: string } }) {
  const locale = useLocale();
  const [state, add, pending] = useActionState<AdminFormState, FormData>(addHolidayAction, { status: "idle" });
  const error = state.status === "error" ? (state.fields?.date ?? null) : null;
  return (
    <form action={add} key={state.status === "error" ? state.at : state.status} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <TextField id="holiday-date" name="date" type="date" label={text.date} dir="ltr" defaultValue={state.status === "error" ? (state.values?.date ?? "") : ""} error={error} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <div className="basis-full">
        <FormAnswer state={state} />
      </div>
    </form>
  );
}

/** One holiday's "Remove <date>" button. */
export function HolidayRemoveButton({ date, label }: { date: string; label: string }) {
  const locale = useLocale();
  const [state, remove, pending] = useActionState<AdminFormState, FormData>(removeHolidayAction, { status: "idle" });
  return (
    <form action={remove} className="inline-flex items-center gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="date" value={date} />
      <button type="submit" className="btn-secondary text-sale" disabled={pending}>
        {label}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-sale">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

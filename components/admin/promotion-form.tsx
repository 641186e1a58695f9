"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AdminFormState } from "@/lib/admin/form-state";
import { removePromotionAction, savePromotionAction } from "@/lib/admin/promotion-actions";
import { FormAnswer } from "./form-answer";

export interface PromotionFormValues {
  id: string;
  percentOff: string;
  categories: string[];
  /** "YYYY-MM-DDTHH:MM" in the warehouse's time zone. */
  startsAt: string;
  endsAt: string;
}

export interface PromotionFormText {
  title: string;
  id: string;
  idHint: string;
  percentOff: string;
  categories: string;
  categoriesHint: string;
  startsAt: string;
  endsAt: string;
  submit: string;
}

/** Ticked categories, sent as one comma-separated field so that what was ticked survives a refused save. */
function CategoryChoice({ formId, options, initial, legend, hint, error }: { formId: string; options: { slug: string; name: string }[]; initial: string[]; legend: string; hint: string; error: string | null }) {
  const [chosen, setChosen] = useState(initial);
  const toggle = (slug: string, on: boolean) => setChosen((previous) => (on ? [...previous.filter((s) => s !== slug), slug] : previous.filter((s) => s !== slug)));
  const described = [`${formId}-categories-hint`, error ? `${formId}-categories-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-1 rounded-md border border-line p-3" aria-describedby={described}>
      <legend className="px-1 font-medium">{legend}</legend>
      <p id={`${formId}-categories-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <input type="hidden" name="categories" value={chosen.join(",")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.slug} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" className="h-5 w-5" checked={chosen.includes(option.slug)} onChange={(event) => toggle(option.slug, event.target.checked)} aria-invalid={error ? true : undefined} />
            {option.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${formId}-categories-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A promotion's form, new (with its id) or existing (id fixed); problems named at their fields, what was typed kept. */
export function PromotionForm({
  initial,
  isNew,
  categories,
  text,
}: {
  initial: PromotionFormValues;
  isNew: boolean;
  categories: { slug: string; name: string }[];
  text: PromotionFormText;
}) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(savePromotionAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "id" | "percentOff" | "startsAt" | "endsAt") => typed?.[name] ?? initial[name];
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const formId = isNew ? "promotion-new" : "promotion-edit";
  const ticked = typed ? (typed.categories ?? "").split(",").filter(Boolean) : initial.categories;
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
      <TextField id={`${formId}-percentOff`} name="percentOff" label={text.percentOff} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={3} defaultValue={value("percentOff")} error={error("percentOff")} />
      <CategoryChoice formId={formId} options={categories} initial={ticked} legend={text.categories} hint={text.categoriesHint} error={error("categories")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${formId}-startsAt`} name="startsAt" type="datetime-local" label={text.startsAt} dir="ltr" defaultValue={value("startsAt")} error={error("startsAt")} />
        <TextField id={`${formId}-endsAt`} name="endsAt" type="datetime-local" label={text.endsAt} dir="ltr" defaultValue={value("endsAt")} error={error("endsAt")} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

/** "Delete promotion"; done, it goes back to the pricing page. */
export function PromotionRemoveForm({ id, text }: { id: string; text: string }) {
  const locale = useLocale();
  const [state, remove, pending] = useActionState<AdminFormState, FormData>(removePromotionAction, { status: "idle" });
  return (
    <form action={remove} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-secondary border-sale text-sale" disabled={pending}>
        {text}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

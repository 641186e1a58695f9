"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { YesNoCheckbox } from "@/components/ui/yes-no-checkbox";
import { saveCouponAction } from "@/lib/admin/coupon-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { FormAnswer } from "./form-answer";

export interface CouponFormValues {
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  percent: string;
  amount: string;
  minSubtotal: string;
  firstOrderOnly: boolean;
  usageLimit: string;
  startsOn: string;
  endsOn: string;
}

export interface CouponFormText {
  title: string;
  code: string;
  codeHint: string;
  kind: string;
  kinds: Record<CouponFormValues["kind"], string>;
  percent: string;
  amount: string;
  minSubtotal: string;
  firstOrderOnly: string;
  usageLimit: string;
  startsOn: string;
  endsOn: string;
  submit: string;
}

/** A coupon's form, new or existing (an existing code cannot change: orders name it). Problems are named at their fields; what was typed stays. */
export function CouponForm({ initial, isNew, text }: { initial: CouponFormValues; isNew: boolean; text: CouponFormText }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveCouponAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const [kind, setKind] = useState(initial.kind);
  const value = (name: keyof CouponFormValues) => typed?.[name] ?? String(initial[name]);
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const id = isNew ? "new-coupon" : "edit-coupon";
  return (
    <form action={save} aria-labelledby={`${id}-title`} key={state.status === "error" ? state.at : state.status} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="isNew" value={isNew ? "yes" : "no"} />
      {isNew ? (
        <TextField id={`${id}-code`} name="code" label={text.code} hint={text.codeHint} autoComplete="off" autoCapitalize="characters" dir="ltr" maxLength={32} defaultValue={value("code")} error={error("code")} />
      ) : (
        <input type="hidden" name="code" value={initial.code} />
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-kind`} className="block font-medium">
          {text.kind}
        </label>
        <select id={`${id}-kind`} name="kind" value={kind} onChange={(event) => setKind(event.target.value as CouponFormValues["kind"])} className="field">
          {(Object.keys(text.kinds) as CouponFormValues["kind"][]).map((option) => (
            <option key={option} value={option}>
              {text.kinds[option]}
            </option>
          ))}
        </select>
      </div>
      {kind === "percent" ? <TextField id={`${id}-percent`} name="percent" label={text.percent} inputMode="numeric" autoComplete="off" dir="ltr" defaultValue={value("percent")} error={error("percent")} /> : null}
      {kind === "fixed" ? <TextField id={`${id}-amount`} name="amount" label={text.amount} inputMode="decimal" autoComplete="off" dir="ltr" defaultValue={value("amount")} error={error("amount")} /> : null}
      <TextField id={`${id}-minSubtotal`} name="minSubtotal" label={text.minSubtotal} inputMode="decimal" autoComplete="off" dir="ltr" defaultValue={value("minSubtotal")} error={error("minSubtotal")} />
      <TextField id={`${id}-usageLimit`} name="usageLimit" label={text.usageLimit} inputMode="numeric" autoComplete="off" dir="ltr" defaultValue={value("usageLimit")} error={error("usageLimit")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${id}-startsOn`} name="startsOn" type="date" label={text.startsOn} defaultValue={value("startsOn")} error={error("startsOn")} />
        <TextField id={`${id}-endsOn`} name="endsOn" type="date" label={text.endsOn} defaultValue={value("endsOn")} error={error("endsOn")} />
      </div>
      <YesNoCheckbox name="firstOrderOnly" label={text.firstOrderOnly} initial={typed ? typed.firstOrderOnly === "yes" : initial.firstOrderOnly} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

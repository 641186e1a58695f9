"use client";

import { useLocale } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import { YesNoCheckbox } from "@/components/ui/yes-no-checkbox";
import type { AdminFormState } from "@/lib/admin/form-state";
import { resetSettingsAction, saveSettingsAction } from "@/lib/admin/settings-actions";
import type { SettingsSection } from "@/lib/settings/fields";
import { FormAnswer } from "./form-answer";

/** A section's fields as the form shows them first: text as typed, yes/no as booleans. */
export type SectionValues = Record<string, string | boolean>;

interface SectionProps {
  section: SettingsSection;
  version: number;
  title: string;
  intro: string;
  /** Whether the section differs from the store's defaults (config and env), so "Back to defaults" means something. */
  changed: boolean;
  /** Staff may see but not change an admin-only section. */
  readOnly: boolean;
  initial: SectionValues;
  /** Every label, hint and option of the section, and the buttons. */
  text: Record<string, string>;
}

type Field = (props: { name: string; hint?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) => ReactNode;

/** One section of the settings: its own form, saved on its own (and refused when someone else saved since). */
export function SettingsSectionForm(props: SectionProps) {
  const { section, version, title, intro, changed, readOnly, initial, text } = props;
  const locale = useLocale();
  const [state, save, saving] = useActionState<AdminFormState, FormData>(saveSettingsAction, { status: "idle" });
  const [reset, resetAction, resetting] = useActionState<AdminFormState, FormData>(resetSettingsAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const text$ = (name: string) => (typed?.[name] ?? initial[name] ?? "") as string;
  const flag = (name: string) => (typed ? typed[name] === "yes" : initial[name] === true);
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const id = (name: string) => `settings-${section}-${name}`;
  const field: Field = ({ name, hint, ...input }) => (
    <TextField id={id(name)} name={name} label={text[name]!} hint={hint ? text[`${name}Hint`] : undefined} defaultValue={text$(name)} error={error(name)} disabled={readOnly} autoComplete="off" {...input} />
  );
  const answer = reset.status !== "idle" ? reset : state;
  const titleId = `settings-${section}-title`;
  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{intro}</p>
      {readOnly ? <p className="text-sm font-medium">{text["adminOnly"]}</p> : null}
      <form action={save} key={state.status === "error" ? state.at : `${state.status}-${version}`} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="section" value={section} />
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={readOnly} className="contents">
          <SectionFields section={section} field={field} flag={flag} text={text} textOf={text$} error={error} id={id} />
        </fieldset>
        {readOnly ? null : (
          <div className="sm:col-span-2">
            <button type="submit" className="btn-primary" disabled={saving}>
              {text["save"]}
            </button>
          </div>
        )}
      </form>
      {changed && !readOnly ? (
        <form action={resetAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="section" value={section} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" className="btn-secondary" disabled={resetting}>
            {text["reset"]}
          </button>
        </form>
      ) : null}
      <FormAnswer state={answer} />
    </section>
  );
}

function SectionFields({
  section,
  field,
  flag,
  text,
  textOf,
  error,
  id,
}: {
  section: SettingsSection;
  field: Field;
  flag: (name: string) => boolean;
  text: Record<string, string>;
  textOf: (name: string) => string;
  error: (name: string) => string | null;
  id: (name: string) => string;
}) {
  if (section === "checkout")
    return (
      <>
        <YesNoCheckbox name="askPhone" label={text["askPhone"]!} initial={flag("askPhone")} />
        <YesNoCheckbox name="askCompany" label={text["askCompany"]!} initial={flag("askCompany")} />
      </>
    );
  if (section === "payments")
    return (
      <>
        <fieldset className="space-y-1 sm:col-span-2" aria-describedby={error("methods") ? id("methods-error") : undefined}>
          <legend className="font-medium">{text["methods"]}</legend>
          {(["card", "cash_on_delivery", "bank_transfer"] as const).map((method) => (
            <YesNoCheckbox key={method} name={`method_${method}`} label={text[`method_${method}`]!} initial={flag(`method_${method}`)} />
          ))}
          {error("methods") ? (
            <p id={id("methods-error")} className="text-sm text-sale">
              {error("methods")}
            </p>
          ) : null}
        </fieldset>
        {field({ name: "accountHolder", maxLength: 120 })}
        {field({ name: "iban", dir: "ltr", maxLength: 42, autoCapitalize: "characters" })}
        {field({ name: "bic", dir: "ltr", maxLength: 11, autoCapitalize: "characters" })}
        {field({ name: "payWithinDays", inputMode: "numeric", dir: "ltr", maxLength: 2 })}
      </>
    );
  if (section === "recovery")
    return (
      <>
        {field({ name: "delays", hint: true, dir: "ltr", maxLength: 200 })}
        <div className="space-y-1">
          <label htmlFor={id("withoutConsent")} className="block font-medium">
            {text["withoutConsent"]}
          </label>
          <select id={id("withoutConsent")} name="withoutConsent" defaultValue={textOf("withoutConsent")} className="field">
            <option value="first-reminder">{text["withoutConsentFirst"]}</option>
            <option value="none">{text["withoutConsentNone"]}</option>
          </select>
        </div>
        {field({ name: "quietFrom", type: "time", dir: "ltr" })}
        {field({ name: "quietTo", type: "time", dir: "ltr" })}
        <div className="space-y-1">
          <label htmlFor={id("incentive")} className="block font-medium">
            {text["incentive"]}
          </label>
          <select id={id("incentive")} name="incentive" defaultValue={textOf("incentive")} className="field">
            <option value="none">{text["incentiveNone"]}</option>
            <option value="percent">{text["incentivePercentOff"]}</option>
            <option value="free_shipping">{text["incentiveFreeShipping"]}</option>
          </select>
        </div>
        {field({ name: "incentivePercent", hint: true, inputMode: "numeric", dir: "ltr", maxLength: 3 })}
        {field({ name: "incentiveValidDays", inputMode: "numeric", dir: "ltr", maxLength: 2 })}
        {field({ name: "exitOfferCode", hint: true, dir: "ltr", maxLength: 32, autoCapitalize: "characters" })}
        {field({ name: "alertMinimum", hint: true, inputMode: "decimal", dir: "ltr", maxLength: 12 })}
        {field({ name: "alertTo", type: "email", dir: "ltr", maxLength: 200 })}
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor={id("webhookUrls")} className="block font-medium">
            {text["webhookUrls"]}
          </label>
          <p id={id("webhookUrls-hint")} className="text-sm text-muted">
            {text["webhookUrlsHint"]}
          </p>
          <textarea
            id={id("webhookUrls")}
            name="webhookUrls"
            rows={3}
            dir="ltr"
            className="field"
            defaultValue={textOf("webhookUrls")}
            aria-invalid={error("webhookUrls") ? true : undefined}
            aria-describedby={[id("webhookUrls-hint"), error("webhookUrls") ? id("webhookUrls-error") : null].filter(Boolean).join(" ")}
          />
          {error("webhookUrls") ? (
            <p id={id("webhookUrls-error")} className="text-sm text-sale">
              {error("webhookUrls")}
            </p>
          ) : null}
        </div>
        <YesNoCheckbox name="textReminders" label={text["textReminders"]!} initial={flag("textReminders")} />
      </>
    );
  return (
    <>
      {field({ name: "fromName", maxLength: 80 })}
      {field({ name: "fromAddress", type: "email", dir: "ltr", maxLength: 200 })}
    </>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { submitContactMessage } from "@/app/[locale]/(shop)/contact/actions";
import {
  emptyContactValues,
  validateContactMessage,
  type ContactErrorKey,
  type ContactField,
  type ContactFormState,
} from "@/lib/contact/schema";

/**
 * Contact form with inline validation when a field is left, errors next to the field and a
 * summary for screen readers. What was typed survives a server-side error.
 */
export function ContactForm() {
  const t = useTranslations("contactForm");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ContactFormState, FormData>(submitContactMessage, {
    status: "idle",
    values: emptyContactValues,
  });
  const [touched, setTouched] = useState<Partial<Record<ContactField, ContactErrorKey | null>>>({});

  if (state.status === "sent") {
    return (
      <p role="status" className="rounded-lg border border-ok bg-white p-4 text-ok">
        {t("sent", { name: state.name, email: state.email })}
      </p>
    );
  }

  const values = state.values;
  const serverErrors = state.status === "invalid" ? state.errors : {};
  const errorOf = (field: ContactField) => (field in touched ? touched[field] : serverErrors[field]) ?? null;

  function check(field: ContactField, form: HTMLFormElement | null) {
    if (!form) return;
    const data = new FormData(form);
    const current = { name: String(data.get("name") ?? ""), email: String(data.get("email") ?? ""), message: String(data.get("message") ?? "") };
    const result = validateContactMessage(current);
    setTouched((previous) => ({ ...previous, [field]: result.ok ? null : (result.errors[field] ?? null) }));
  }

  const fields: { name: ContactField; label: string; type?: string; autoComplete: string; inputMode?: "email" }[] = [
    { name: "name", label: t("name"), autoComplete: "name" },
    { name: "email", label: t("email"), type: "email", autoComplete: "email", inputMode: "email" },
  ];
  const errorCount = (["name", "email", "message"] as const).filter((f) => serverErrors[f]).length;

  return (
    <form
      action={(data) => {
        setTouched({});
        action(data);
      }}
      noValidate
      className="space-y-2 rounded-lg border border-line bg-white p-5"
      aria-labelledby="contact-form-title"
    >
      <h2 id="contact-form-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="assertive">
        {errorCount > 0 ? <p className="font-semibold text-sale">{t("errorSummary", { count: errorCount })}</p> : null}
        {state.status === "failed" ? <p className="font-semibold text-sale">{t("failed")}</p> : null}
        {state.status === "limited" ? <p className="font-semibold text-sale">{t("limited", { minutes: state.minutes })}</p> : null}
      </div>
      {fields.map((field) => {
        const error = errorOf(field.name);
        return (
          <div key={field.name}>
            <label htmlFor={`contact-${field.name}`} className="mb-1 block font-medium">
              {field.label}
            </label>
            <input
              id={`contact-${field.name}`}
              name={field.name}
              type={field.type ?? "text"}
              autoComplete={field.autoComplete}
              inputMode={field.inputMode}
              defaultValue={values[field.name]}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `contact-${field.name}-error` : undefined}
              onBlur={(event) => check(field.name, event.currentTarget.form)}
              className="field"
            />
            {/* The line is always there so an error appearing on blur never moves the button being clicked. */}
            <p id={`contact-${field.name}-error`} className="mt-1 min-h-5 text-sm text-sale">
              {error ? t(error) : null}
            </p>
          </div>
        );
      })}
      <div>
        <label htmlFor="contact-message" className="mb-1 block font-medium">
          {t("message")}
        </label>
        <textarea
          id="contact-message"
          name="message"
          rows={6}
          defaultValue={values.message}
          required
          aria-invalid={errorOf("message") ? true : undefined}
          aria-describedby={errorOf("message") ? "contact-message-error" : undefined}
          onBlur={(event) => check("message", event.currentTarget.form)}
          className="field"
        />
        <p id="contact-message-error" className="mt-1 min-h-5 text-sm text-sale">
          {errorOf("message") ? t(errorOf("message")!) : null}
        </p>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
    </form>
  );
}

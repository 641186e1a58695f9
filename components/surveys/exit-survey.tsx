"use client";

import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { answerExitSurvey, type SurveyState } from "@/lib/surveys/actions";
import type { ExitSurveyPage } from "@/lib/surveys/reasons";
import type { ExitSurveyText } from "@/lib/surveys/types";
import { CommentField } from "./comment-field";

/**
 * "What stopped you today?" (G3): Baymard's reasons as one labelled radio group, an optional comment
 * and a send button. Answering is never required: the dialog around it closes as always. Once sent,
 * the form gives way to a thank-you that takes the focus, so a screen reader hears it.
 */
export function ExitSurvey({ text, page, locale, idPrefix = "exit-survey" }: { text: ExitSurveyText; page: ExitSurveyPage; locale: Locale; idPrefix?: string }) {
  const [state, action, pending] = useActionState<SurveyState, FormData>(answerExitSurvey, { status: "idle" });
  const thanks = useRef<HTMLParagraphElement>(null);
  const other = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const done = state.status === "done" || state.status === "already";
  const failedAt = state.status === "error" ? state.at : null;

  useEffect(() => {
    if (done) thanks.current?.focus();
  }, [done]);
  useEffect(() => {
    // After a refusal, back to the first thing to fix (or the send button when nothing is the shopper's to fix).
    if (failedAt === null) return;
    form.current?.querySelector<HTMLElement>('[data-problem], [aria-invalid="true"], button[type="submit"]')?.focus();
  }, [failedAt]);

  if (done) {
    return (
      <p ref={thanks} tabIndex={-1} role="status" className="rounded-md bg-brand-soft p-3 font-medium text-ok">
        {state.message}
      </p>
    );
  }

  const error = state.status === "error" ? state : null;
  const reasonError = error?.fields.reason ?? null;
  const ids = { question: `${idPrefix}-question`, reasonError: `${idPrefix}-reason-error`, comment: `${idPrefix}-comment`, answer: `${idPrefix}-answer` };
  return (
    <form ref={form} action={action} key={error?.at ?? "form"} noValidate className="space-y-3" aria-describedby={error ? ids.answer : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="page" value={page} />
      <fieldset className="space-y-2" aria-describedby={reasonError ? ids.reasonError : undefined}>
        <legend id={ids.question} className="mb-2 text-lg font-semibold">
          {text.question}
        </legend>
        {reasonError ? (
          <p id={ids.reasonError} className="text-sm text-sale">
            {reasonError}
          </p>
        ) : null}
        <div className="grid gap-1">
          {text.reasons.map((reason, index) => (
            <label key={reason.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
              <input
                ref={reason.value === "other" ? other : undefined}
                type="radio"
                name="reason"
                value={reason.value}
                defaultChecked={error?.values.reason === reason.value}
                data-problem={reasonError && index === 0 ? "" : undefined}
                className="h-5 w-5 shrink-0"
              />
              <span>{reason.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <CommentField
        id={ids.comment}
        label={text.commentLabel}
        hint={text.commentHint}
        error={error?.fields.comment ?? null}
        defaultValue={error?.values.comment ?? ""}
        onInput={(event) => {
          // Words typed without a reason chosen are "something else".
          const chosen = event.currentTarget.form?.querySelector<HTMLInputElement>('input[name="reason"]:checked');
          if (!chosen && other.current && event.currentTarget.value.trim()) other.current.checked = true;
        }}
      />
      {error ? (
        <p id={ids.answer} role="alert" className="text-sm font-medium text-sale">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? text.sending : text.submit}
      </button>
    </form>
  );
}

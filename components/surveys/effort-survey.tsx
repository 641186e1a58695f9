"use client";

import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { answerEffortSurvey, type SurveyState } from "@/lib/surveys/actions";
import type { EffortSurveyText } from "@/lib/surveys/types";
import { CommentField } from "./comment-field";

/**
 * "How easy was checkout?" (Customer Effort Score) on the order confirmation: 1 (very hard) to 7
 * (very easy) as one labelled radio group, the ends named, an optional comment. The order's number
 * and signed key go with it, as the action checks them again. `answered` shows thanks at once.
 */
export function EffortSurvey({ text, number, orderKey, locale, answered }: { text: EffortSurveyText; number: number; orderKey: string; locale: Locale; answered: boolean }) {
  const [state, action, pending] = useActionState<SurveyState, FormData>(answerEffortSurvey, { status: "idle" });
  const thanks = useRef<HTMLParagraphElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const finished = state.status === "done" || state.status === "already";
  const failedAt = state.status === "error" ? state.at : null;

  useEffect(() => {
    if (finished) thanks.current?.focus();
  }, [finished]);
  useEffect(() => {
    if (failedAt === null) return;
    form.current?.querySelector<HTMLElement>('[data-problem], [aria-invalid="true"], button[type="submit"]')?.focus();
  }, [failedAt]);

  const error = state.status === "error" ? state : null;
  const scoreError = error?.fields.score ?? null;
  return (
    <section aria-labelledby="effort-survey-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="effort-survey-title" className="text-xl font-bold">
        {text.title}
      </h2>
      {finished || answered ? (
        <p ref={thanks} tabIndex={-1} role="status" className="font-medium text-ok">
          {finished ? state.message : text.answered}
        </p>
      ) : (
        <form ref={form} action={action} key={error?.at ?? "form"} noValidate className="space-y-4" aria-describedby={error ? "effort-survey-answer" : undefined}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="number" value={number} />
          <input type="hidden" name="key" value={orderKey} />
          <fieldset aria-describedby={["effort-survey-intro", scoreError ? "effort-survey-score-error" : null].filter(Boolean).join(" ")}>
            <legend className="sr-only">{text.title}</legend>
            <p id="effort-survey-intro" className="mb-2">
              {text.intro}
            </p>
            {scoreError ? (
              <p id="effort-survey-score-error" className="mb-2 text-sm text-sale">
                {scoreError}
              </p>
            ) : null}
            <div className="grid grid-cols-7 gap-1 sm:gap-2">
              {text.scores.map((score, index) => (
                <label
                  key={score.value}
                  className="flex min-h-11 min-w-0 cursor-pointer flex-col items-center justify-center rounded-md border border-line py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand"
                >
                  <input type="radio" name="score" value={score.value} defaultChecked={error?.values.score === String(score.value)} data-problem={scoreError && index === 0 ? "" : undefined} className="sr-only" />
                  {/* The ends carry their words for screen readers; sighted shoppers read them under the scale. */}
                  <span aria-hidden="true" className="font-semibold">
                    {score.short}
                  </span>
                  <span className="sr-only">{score.label}</span>
                </label>
              ))}
            </div>
            <div aria-hidden="true" className="mt-1 flex justify-between text-sm text-muted">
              <span>{text.ends.hard}</span>
              <span>{text.ends.easy}</span>
            </div>
          </fieldset>
          <CommentField id="effort-survey-comment" label={text.commentLabel} hint={text.commentHint} error={error?.fields.comment ?? null} defaultValue={error?.values.comment ?? ""} />
          {error ? (
            <p id="effort-survey-answer" role="alert" className="text-sm font-medium text-sale">
              {error.message}
            </p>
          ) : null}
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? text.sending : text.submit}
          </button>
        </form>
      )}
    </section>
  );
}

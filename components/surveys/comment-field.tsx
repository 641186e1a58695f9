"use client";

import { commentMaxLength } from "@/lib/surveys/reasons";

/** The optional comment of a survey: labelled, its hint and error tied to it, what was typed kept after a refusal. */
export function CommentField({
  id,
  label,
  hint,
  error,
  defaultValue,
  onInput,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  defaultValue: string;
  onInput?: (event: React.FormEvent<HTMLTextAreaElement>) => void;
}) {
  const described = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <textarea
        id={id}
        name="comment"
        rows={3}
        // The browser stops at the limit as typed; the server counts again (and strips control characters).
        maxLength={commentMaxLength}
        defaultValue={defaultValue}
        onInput={onInput}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="field resize-y"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

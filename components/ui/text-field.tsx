"use client";

/** A labelled text input with an optional hint and its error, both tied to the input for screen readers. */
export function TextField({
  label,
  hint,
  error,
  id,
  ...input
}: {
  label: string;
  hint?: string;
  error: string | null;
  id: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id">) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input id={id} className="field" aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

/**
 * An email field as browsers and phones expect it (type, keyboard, autofill), controlled so a
 * form action's reset never takes back what was typed, and tied to its error message.
 */
export function EmailInput({
  id,
  value,
  onChange,
  error,
  onBlur,
  className = "field",
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  onBlur?: () => void;
  className?: string;
}) {
  return (
    <input
      id={id}
      name="email"
      type="email"
      inputMode="email"
      dir="ltr"
      autoComplete="email"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      maxLength={400}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className={className}
    />
  );
}

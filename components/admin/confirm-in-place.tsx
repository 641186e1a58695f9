"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A destructive action asked about in place: its button opens the question with "yes" and "keep it"
 * (no dialog to lose); focus goes to the question, and back to the button when kept. `children` are
 * the form's hidden fields; `confirm=yes` is sent with them.
 */
export function ConfirmInPlace({
  label,
  labelForReaders,
  question,
  yes,
  cancel,
  action,
  pending,
  children,
  boxClassName = "rounded-md border border-sale p-2",
}: {
  label: string;
  /** A longer name for screen readers where several such buttons share a page ("Remove: Image 2 of 3"). */
  labelForReaders?: string;
  question: string;
  yes: string;
  cancel: string;
  action: (form: FormData) => void;
  pending: boolean;
  children: ReactNode;
  boxClassName?: string;
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button ref={buttonRef} type="button" className="btn-secondary text-sale" onClick={() => setAsking(true)} aria-label={labelForReaders}>
        {label}
      </button>
    );
  return (
    <form action={action} className={`space-y-2 ${boxClassName}`}>
      {children}
      <input type="hidden" name="confirm" value="yes" />
      <p ref={questionRef} tabIndex={-1} className="font-medium">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {yes}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
          {cancel}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { EmailInput } from "@/components/ui/email-input";
import { ltrTag } from "@/components/ui/ltr";
import type { ChatAnswer } from "./use-chat";
import { useProblemText, type ChatProblem } from "./problem-text";

const fieldId = "chat-email";

/** Moves focus to the email field, if it shows (after "Talk to a person" with nobody online); false if not. */
export function focusAnswerEmail(): boolean {
  const field = document.getElementById(fieldId);
  field?.focus();
  return field !== null;
}

/**
 * When the conversation waits for a person and nobody is online: the email a person answers at.
 * Once left, it is confirmed, and can be changed.
 */
export function AnswerEmail({
  email,
  maxLength,
  save,
}: {
  email: string | null;
  maxLength: number;
  save: (email: string) => Promise<ChatAnswer>;
}) {
  const t = useTranslations("chat.email");
  const problemText = useProblemText(maxLength);
  const [value, setValue] = useState(email ?? "");
  const [changing, setChanging] = useState(false);
  const [problem, setProblem] = useState<ChatProblem | null>(null);
  const [pending, setPending] = useState(false);
  // The form gives way to the confirmation once saved: focus goes there, so it is read out.
  const saved = useRef(false);
  useEffect(() => {
    const confirmation = document.getElementById("chat-email-saved");
    if (!saved.current || !confirmation) return;
    saved.current = false;
    confirmation.focus();
  }, [email, changing]);

  if (email && !changing) {
    return (
      <div className="space-y-1 border-t border-line bg-brand-soft px-4 py-3 text-sm">
        <p id="chat-email-saved" tabIndex={-1} className="focus:outline-none">
          {t.rich("saved", { email, ltr: ltrTag })}
        </p>
        <button
          type="button"
          className="inline-flex min-h-11 items-center text-brand underline"
          onClick={() => {
            setChanging(true);
            requestAnimationFrame(() => focusAnswerEmail());
          }}
        >
          {t("change")}
        </button>
      </div>
    );
  }

  const submit = async () => {
    if (pending) return;
    setPending(true);
    saved.current = true;
    const answer = await save(value);
    setPending(false);
    if (!answer.ok) {
      saved.current = false;
      setProblem(answer);
      focusAnswerEmail();
      return;
    }
    setProblem(null);
    setChanging(false);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="space-y-2 border-t border-line bg-brand-soft px-4 py-3"
    >
      <p id="chat-email-offline" className="text-sm font-semibold">
        {t("offline")}
      </p>
      <label htmlFor={fieldId} className="block font-medium">
        {t("label")}
      </label>
      <div className="flex flex-wrap gap-2">
        <span className="min-w-48 flex-1">
          <EmailInput id={fieldId} value={value} onChange={setValue} error={problem ? problemText(problem, "email") : null} />
        </span>
        <button type="submit" aria-disabled={pending || undefined} className="btn-secondary">
          {t("save")}
        </button>
      </div>
      {problem ? (
        <p id="chat-email-error" role="alert" className="text-sm text-sale">
          {problemText(problem, "email")}
        </p>
      ) : null}
    </form>
  );
}

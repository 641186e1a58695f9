"use client";

import { Ltr } from "@/components/ui/ltr";
import { suggestedEmail } from "@/lib/checkout/email-typo";

/**
 * "Did you mean jane@gmail.com?" under an email field: one tap puts the suggestion in the field and
 * returns focus to it. `email` is what to check ("" while the shopper is still typing); the
 * suggestion is announced politely. `template` holds `{email}`.
 */
export function EmailSuggestion({
  email,
  inputId,
  template,
  onAccept,
}: {
  email: string;
  inputId: string;
  template: string;
  onAccept: (email: string) => void;
}) {
  const suggestion = email ? suggestedEmail(email) : null;
  const [before, after = ""] = template.split("{email}");
  return (
    <div role="status" className="text-sm">
      {suggestion ? (
        <button
          type="button"
          className="min-h-11 text-start text-brand underline"
          onClick={() => {
            onAccept(suggestion);
            document.getElementById(inputId)?.focus();
          }}
        >
          {before}
          <Ltr>{suggestion}</Ltr>
          {after}
        </button>
      ) : null}
    </div>
  );
}

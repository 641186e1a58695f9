"use client";

import { useEffect, useState } from "react";
import { Ltr } from "@/components/ui/ltr";

// The spell checker's domain lists are loaded only once an email field is used, not with the page.
const loadTypoCheck = () => import("@/lib/checkout/email-typo").then((module) => module.suggestedEmail);

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
  const [checked, setChecked] = useState<{ email: string; suggestion: string | null } | null>(null);
  useEffect(() => {
    // Focusing the field starts the download, so the check is there by the time the shopper leaves it.
    const input = document.getElementById(inputId);
    const warm = () => void loadTypoCheck();
    input?.addEventListener("focus", warm, { once: true });
    return () => input?.removeEventListener("focus", warm);
  }, [inputId]);
  useEffect(() => {
    if (!email) return;
    let current = true;
    void loadTypoCheck().then((suggestedEmail) => {
      if (current) setChecked({ email, suggestion: suggestedEmail(email) });
    });
    return () => {
      current = false;
    };
  }, [email]);
  const suggestion = email && checked?.email === email ? checked.suggestion : null;
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

"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { EmailInput } from "@/components/ui/email-input";
import { lookUpOrder, type LookupState } from "@/lib/checkout/lookup-action";

/** Order number + email → the order's status page; a mismatch is said next to the form, nothing typed is lost. */
export function OrderLookupForm({ text }: { text: { number: string; email: string; submit: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<LookupState, FormData>(lookUpOrder, { status: "idle" });
  const [number, setNumber] = useState("");
  const [email, setEmail] = useState("");
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="lookup-number" className="block font-medium">
          {text.number}
        </label>
        <input
          id="lookup-number"
          name="number"
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          maxLength={20}
          aria-invalid={error?.field === "number" ? true : undefined}
          aria-describedby={error?.field === "number" ? "lookup-email-error" : undefined}
          className="field"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="lookup-email" className="block font-medium">
          {text.email}
        </label>
        <EmailInput id="lookup-email" value={email} onChange={setEmail} error={error ? error.message : null} />
      </div>
      {error ? (
        <p id="lookup-email-error" role="alert" className="text-sale">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}

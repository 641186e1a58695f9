"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { EmailInput } from "@/components/ui/email-input";
import { EmailSuggestion } from "@/components/ui/email-suggestion";
import { checkEmail } from "@/lib/checkout/fields";
import { requestSignInLink, saveDetailsFromOrder, type SignInState } from "@/lib/accounts/actions";

/** Email → magic link. The address stays in the field whatever happens. */
export function SignInForm({ landing, text }: { landing: string; text: { email: string; send: string; sending: string; suggestion: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, { status: "idle" });
  const [email, setEmail] = useState("");
  const [left, setLeft] = useState(false);
  const error = state.status === "error" ? state.message : null;
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="landing" value={landing} />
      <label htmlFor="sign-in-email" className="block font-medium">
        {text.email}
      </label>
      <EmailInput id="sign-in-email" value={email} onChange={setEmail} onBlur={() => setLeft(true)} error={error} />
      {error ? (
        <p id="sign-in-email-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <EmailSuggestion email={left && !checkEmail(email) ? email : ""} inputId="sign-in-email" template={text.suggestion} onAccept={setEmail} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? text.sending : text.send}
      </button>
      <p role="status" className="text-ok">
        {state.status === "sent" ? state.message : ""}
      </p>
    </form>
  );
}

/** "Save my details for next time" on the order confirmation (A2): one click, no password. */
export function SaveDetailsForm({ number, orderKey, text }: { number: number; orderKey: string; text: { button: string; sending: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignInState, FormData>(saveDetailsFromOrder, { status: "idle" });
  if (state.status === "sent") {
    return (
      <p role="status" className="font-medium text-ok">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="key" value={orderKey} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? text.sending : text.button}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-sale">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

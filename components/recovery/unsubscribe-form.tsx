"use client";

import { useActionState, type ReactNode } from "react";
import { unsubscribeFromReminders, type UnsubscribeState } from "@/lib/recovery/unsubscribe-actions";

/** The unsubscribe page's one button; the outcome replaces it. */
export function UnsubscribeForm({ token, text }: { token: string; text: { button: string; pending: string; done: ReactNode; invalid: string; failed: string } }) {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeFromReminders, { status: "idle" });
  if (state.status === "done") {
    return (
      <p role="status" className="font-semibold text-ok">
        {text.done}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary" disabled={pending} aria-disabled={pending}>
        {pending ? text.pending : text.button}
      </button>
      <p aria-live="polite" className="sr-only">
        {pending ? text.pending : ""}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="text-sale">
          {state.reason === "invalid" ? text.invalid : text.failed}
        </p>
      ) : null}
    </form>
  );
}

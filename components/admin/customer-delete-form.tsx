"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { deleteCustomerAction } from "@/lib/admin/customer-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { FormAnswer } from "./form-answer";

export interface CustomerDeleteText {
  /** "Type the customer's email (…) to confirm". */
  confirm: string;
  button: string;
}

/**
 * "Delete this customer": the customer's email typed again confirms it. A mismatch is named next to
 * the field and what was typed stays (the field is made anew with it: the form resets after its
 * action). Done, the action goes to the customers list, which says so.
 */
export function CustomerDeleteForm({ userId, text }: { userId: string; text: CustomerDeleteText }) {
  const locale = useLocale();
  const [state, run, pending] = useActionState<AdminFormState, FormData>(deleteCustomerAction, { status: "idle" });
  const error = state.status === "error" ? (state.fields?.confirmEmail ?? null) : null;
  const key = state.status === "error" ? `confirmEmail-${state.at ?? 0}` : "confirmEmail";
  const typed = state.status === "error" ? (state.values?.confirmEmail ?? "") : "";
  return (
    <form action={run} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        id="customer-delete-confirm"
        name="confirmEmail"
        label={text.confirm}
        type="text"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        maxLength={320}
        error={error}
        key={key}
        defaultValue={typed}
      />
      <button type="submit" disabled={pending} className="btn-secondary border-sale text-sale">
        {text.button}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

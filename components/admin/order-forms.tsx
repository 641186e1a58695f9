"use client";

import { useLocale } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import { cancelAction, fulfilAction, markPaidAction, noteAction, refundAction } from "@/lib/admin/actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { FormAnswer } from "./form-answer";

type Action = (previous: AdminFormState, form: FormData) => Promise<AdminFormState>;

/** One admin action's form: its fields, the answer beside it (a status, or an alert naming what is wrong). */
function ActionForm({
  action,
  number,
  title,
  hint,
  submit,
  tone = "secondary",
  children,
}: {
  action: Action;
  number: number;
  title: string;
  hint?: string;
  submit: string;
  tone?: "primary" | "secondary" | "danger";
  children?: (state: AdminFormState) => ReactNode;
}) {
  const locale = useLocale();
  const [state, run, pending] = useActionState<AdminFormState, FormData>(action, { status: "idle" });
  const id = `${submit.replace(/\W+/g, "-").toLowerCase()}-title`;
  return (
    <form action={run} aria-labelledby={id} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="locale" value={locale} />
      {children?.(state)}
      <button type="submit" disabled={pending} className={tone === "primary" ? "btn-primary" : tone === "danger" ? "btn-secondary text-sale" : "btn-secondary"}>
        {submit}
      </button>
      <FormAnswer state={state} />
    </form>
  );
}

const fieldError = (state: AdminFormState, name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);

/** What was typed, after an error: the field is made anew (its key) with it (the form itself resets after its action). */
const keyOf = (state: AdminFormState, name: string) => (state.status === "error" ? `${name}-${state.at ?? 0}` : name);
const typed = (state: AdminFormState, name: string) => (state.status === "error" ? (state.values?.[name] ?? "") : "");

export interface OrderFormText {
  markPaid: string;
  markPaidHint: string;
  fulfilTitle: string;
  carrier: string;
  trackingNumber: string;
  fulfil: string;
  refundTitle: string;
  refundAmount: string;
  refundHint: string;
  refundReason: string;
  refund: string;
  cancelTitle: string;
  cancelHint: string;
  cancelReason: string;
  cancel: string;
  noteTitle: string;
  note: string;
  addNote: string;
}

/** The actions an order allows now, each its own form (a refund carries its idempotency key, made once per form). */
export function OrderForms({
  number,
  currency,
  allowed,
  refundable,
  text,
}: {
  number: number;
  currency: string;
  allowed: { markPaid: boolean; fulfil: boolean; refund: boolean; cancel: boolean };
  refundable: string;
  text: OrderFormText;
}) {
  const [refundKey, setRefundKey] = useState(() => crypto.randomUUID());
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {allowed.markPaid ? <ActionForm action={markPaidAction} number={number} title={text.markPaid} hint={text.markPaidHint} submit={text.markPaid} tone="primary" /> : null}
      {allowed.fulfil ? (
        <ActionForm action={fulfilAction} number={number} title={text.fulfilTitle} submit={text.fulfil} tone="primary">
          {(state) => (
            <>
              <TextField id="fulfil-carrier" name="carrier" label={text.carrier} autoComplete="off" maxLength={60} error={fieldError(state, "carrier")} key={keyOf(state, "carrier")} defaultValue={typed(state, "carrier")} />
              <TextField
                id="fulfil-tracking"
                name="trackingNumber"
                label={text.trackingNumber}
                autoComplete="off"
                dir="ltr"
                maxLength={60}
                error={fieldError(state, "trackingNumber")}
                key={keyOf(state, "trackingNumber")} defaultValue={typed(state, "trackingNumber")}
              />
            </>
          )}
        </ActionForm>
      ) : null}
      {allowed.refund ? (
        <ActionForm
          action={async (previous, form) => {
            const answer = await refundAction(previous, form);
            // A refund done: the next one is a new refund, with a new key.
            if (answer.status === "done") setRefundKey(crypto.randomUUID());
            return answer;
          }}
          number={number}
          title={text.refundTitle}
          hint={text.refundHint.replace("{available}", refundable)}
          submit={text.refund}
        >
          {(state) => (
            <>
              <input type="hidden" name="idempotencyKey" value={refundKey} />
              <input type="hidden" name="currency" value={currency} />
              <TextField
                id="refund-amount"
                name="amount"
                label={text.refundAmount}
                inputMode="decimal"
                autoComplete="off"
                dir="ltr"
                maxLength={16}
                error={fieldError(state, "amount")}
                key={keyOf(state, "amount")} defaultValue={typed(state, "amount")}
              />
              <TextField id="refund-reason" name="reason" label={text.refundReason} autoComplete="off" maxLength={500} error={null} key={keyOf(state, "reason")} defaultValue={typed(state, "reason")} />
            </>
          )}
        </ActionForm>
      ) : null}
      {allowed.cancel ? (
        <ActionForm action={cancelAction} number={number} title={text.cancelTitle} hint={text.cancelHint} submit={text.cancel} tone="danger">
          {(state) => <TextField id="cancel-reason" name="reason" label={text.cancelReason} autoComplete="off" maxLength={500} error={fieldError(state, "reason")} key={keyOf(state, "reason")} defaultValue={typed(state, "reason")} />}
        </ActionForm>
      ) : null}
      <ActionForm action={noteAction} number={number} title={text.noteTitle} submit={text.addNote}>
        {(state) => <TextField id="order-note" name="note" label={text.note} autoComplete="off" maxLength={2000} error={fieldError(state, "note")} key={keyOf(state, "note")} defaultValue={typed(state, "note")} />}
      </ActionForm>
    </div>
  );
}

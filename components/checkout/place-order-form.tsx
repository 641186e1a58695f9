"use client";

import { useRef, useTransition, type ComponentType } from "react";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { PaymentFields } from "./payment-fields";
import { PlaceOrderButton } from "./place-order-button";
import type { CheckoutFormState } from "./use-checkout-form";

/** What Stripe's fields offer the form: their own check, run before the order is placed. */
export type StripeCheck = { check: () => Promise<{ ok: true } | { ok: false; message: string }> } | null;

/**
 * The form that places the order: everything typed travels as hidden fields beside the payment
 * choice, so the server action sees the whole checkout at once.
 */
export function PlaceOrderForm({
  form,
  stripe,
  StripeFields,
  stripeError,
  onStripeError,
}: {
  form: CheckoutFormState;
  stripe: StripeCheck;
  /** Stripe's Payment Element in place of the test card fields; `onSubmit` places the order (a wallet's confirmation). */
  StripeFields?: ComponentType<{ onSubmit: () => void }>;
  stripeError: string | null;
  onStripeError: (message: string | null) => void;
}) {
  const [, startPlacing] = useTransition();
  const paymentForm = useRef<HTMLFormElement>(null);
  const { props, values, unseenAnswer, dispatch } = form;
  return (
    <form
      ref={paymentForm}
      action={dispatch}
      noValidate
      className="mt-3 space-y-4"
      onSubmit={(event) => {
        onStripeError(null);
        if (!form.beforePlacing()) {
          event.preventDefault();
          return;
        }
        if (stripe && form.stripeCard) {
          // Stripe checks its fields first; only then is the order placed (see StripeActions).
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          void stripe.check().then((checked) => (checked.ok ? startPlacing(() => dispatch(data)) : onStripeError(checked.message)));
        }
      }}
    >
      <input type="hidden" name="locale" value={form.locale} />
      <input type="hidden" name="expectedTotal" value={props.total.amount} />
      <input type="hidden" name="expectedCurrency" value={props.total.currency} />
      {Object.entries(values)
        .filter(([name]) => name !== "paymentMethod")
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
      <PaymentFields
        methods={props.paymentMethods}
        method={values.paymentMethod as PaymentMethod}
        onMethod={(method) => form.set("paymentMethod", method)}
        card={form.card}
        onCard={form.setCardField}
        onBlur={form.touch}
        errorFor={(field) => form.errorFor(field) ?? (unseenAnswer?.status === "failed" && unseenAnswer.field === field ? unseenAnswer.message : null)}
        cardSlot={StripeFields ? <StripeFields onSubmit={() => paymentForm.current?.requestSubmit()} /> : undefined}
        savedCards={props.savedCards}
        savedCardId={form.savedCardId}
        onSavedCard={form.chooseSavedCard}
        saveCard={props.canSaveCard ? { checked: form.saveCard, onChange: form.setSaveCard } : null}
      />
      {stripeError ? (
        <p role="alert" className="rounded-md border border-sale p-3 text-sale">
          {stripeError}
        </p>
      ) : null}
      <PlaceOrderButton form={form} />
    </form>
  );
}

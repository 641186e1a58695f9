"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { PlaceOrderForm } from "./place-order-form";
import { StripeActions } from "./stripe-actions";
import { StripePaymentProvider } from "./stripe-payment";
import { checkoutSections, type CheckoutFormState } from "./use-checkout-form";

/** 4. Payment: never collapsed; with Stripe configured, its Payment Element wraps the form. */
export function PaymentSection({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const format = useFormatter();
  const [stripeError, setStripeError] = useState<string | null>(null);
  const { props, flow } = form;
  return (
    <section aria-labelledby="section-payment" className="rounded-lg border border-line bg-white p-4 sm:p-5" {...flow.sectionProps("payment")}>
      <h2 id="section-payment" tabIndex={-1} className="text-lg font-bold">
        {format.number(checkoutSections.indexOf("payment") + 1)}. {t("sections.payment")}
      </h2>
      {flow.isOpen("payment") ? (
        props.stripe ? (
          <StripePaymentProvider publishableKey={props.stripe.publishableKey} amount={props.total.amount} currency={props.stripe.currency} locale={form.locale} saveCard={form.newCard && form.saveCard}>
            <StripeActions state={form.state} failureMessage={t("errors.processing")} onError={setStripeError}>
              {(stripe) => <PlaceOrderForm form={form} stripe={stripe} stripeError={stripeError} onStripeError={setStripeError} />}
            </StripeActions>
          </StripePaymentProvider>
        ) : (
          <PlaceOrderForm form={form} stripe={null} stripeError={stripeError} onStripeError={setStripeError} />
        )
      ) : (
        <p className="mt-1 text-sm text-muted">{t("chargeNote")}</p>
      )}
    </section>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { useHelpWhenIdle } from "@/components/chat/use-help-when-idle";
import { PlaceOrderForm } from "./place-order-form";
import { checkoutSections, type CheckoutFormState } from "./use-checkout-form";

// Stripe's libraries and Payment Element are downloaded when the payment section opens, not with the checkout.
const StripePlaceOrder = lazy(() => import("./stripe-place-order"));

/** 4. Payment: never collapsed; with Stripe configured, its Payment Element wraps the form. */
export function PaymentSection({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const format = useFormatter();
  const [stripeError, setStripeError] = useState<string | null>(null);
  const { props, flow } = form;
  // A long pause at the payment step: the chat offers help (F4).
  useHelpWhenIdle("payment_idle", flow.isOpen("payment"));
  if (!flow.isShown("payment")) return null;
  return (
    <section aria-labelledby="section-payment" className="rounded-lg border border-line bg-white p-4 sm:p-5" {...flow.sectionProps("payment")}>
      <h2 id="section-payment" tabIndex={-1} className="text-lg font-bold">
        {format.number(checkoutSections.indexOf("payment") + 1)}. {t("sections.payment")}
      </h2>
      {flow.isOpen("payment") ? (
        props.stripe ? (
          <Suspense fallback={<div aria-busy="true" className="mt-3 min-h-40" />}>
            <StripePlaceOrder form={form} stripe={props.stripe} stripeError={stripeError} onStripeError={setStripeError} />
          </Suspense>
        ) : (
          <PlaceOrderForm form={form} stripe={null} stripeError={stripeError} onStripeError={setStripeError} />
        )
      ) : (
        <p className="mt-1 text-sm text-muted">{t("chargeNote")}</p>
      )}
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { offerHelp } from "@/components/chat/help-moment";
import { PlaceOrderForm } from "./place-order-form";
import { StripeActions } from "./stripe-actions";
import { StripePaymentFields, StripePaymentProvider } from "./stripe-payment";
import type { CheckoutFormState } from "./use-checkout-form";

/**
 * The place-order form inside Stripe Elements, with the Payment Element and wallet buttons. Its own
 * module so Stripe's code is downloaded only when the payment section opens (see PaymentSection).
 */
export default function StripePlaceOrder({
  form,
  stripe,
  stripeError,
  onStripeError,
}: {
  form: CheckoutFormState;
  stripe: { publishableKey: string; currency: string };
  stripeError: string | null;
  onStripeError: (message: string | null) => void;
}) {
  const t = useTranslations("checkout");
  return (
    <StripePaymentProvider publishableKey={stripe.publishableKey} amount={form.props.total.amount} currency={stripe.currency} locale={form.locale} saveCard={form.newCard && form.saveCard}>
      <StripeActions
        state={form.state}
        failureMessage={t("errors.processing")}
        onError={(message) => {
          onStripeError(message);
          // Stripe refused the payment: the chat offers help (F4).
          offerHelp("declined_card");
        }}
      >
        {(check) => (
          <PlaceOrderForm
            form={form}
            stripe={check}
            StripeFields={CardFields}
            stripeError={stripeError}
            onStripeError={onStripeError}
          />
        )}
      </StripeActions>
    </StripePaymentProvider>
  );
}

function CardFields({ onSubmit }: { onSubmit: () => void }) {
  const t = useTranslations("checkout");
  return <StripePaymentFields label={t("cardNumber")} onExpressConfirm={onSubmit} />;
}

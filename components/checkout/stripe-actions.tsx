"use client";

import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import type { PlaceOrderState } from "@/lib/checkout/actions";
import { useStripeConfirm, useStripeNextAction, useStripeSubmitCheck, type StripeStepResult } from "./stripe-payment";

/**
 * Stripe's two steps around "Place order": check the Payment Element before the order is placed,
 * then, once the server has placed it and created its PaymentIntent, confirm that intent and go to
 * the confirmation page (the webhook marks the order paid). Must sit inside StripePaymentProvider.
 */
export function StripeActions({
  state,
  failureMessage,
  onError,
  children,
}: {
  state: PlaceOrderState;
  failureMessage: string;
  onError: (message: string) => void;
  children: (api: { check: () => Promise<StripeStepResult> }) => ReactNode;
}) {
  const check = useStripeSubmitCheck(failureMessage);
  const confirm = useStripeConfirm(failureMessage);
  const nextAction = useStripeNextAction(failureMessage);
  const router = useRouter();
  useEffect(() => {
    if (state.status !== "confirm_payment") return;
    const returnUrl = new URL(state.confirmationPath, window.location.origin).toString();
    // A saved card was charged on the server; only its bank's check (3-D Secure) is left to do here.
    const confirmed = state.savedCard ? nextAction(state.clientSecret) : confirm({ clientSecret: state.clientSecret, returnUrl });
    void confirmed.then((result) =>
      result.ok ? router.push(state.confirmationPath) : onError(result.message),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per placed order
  }, [state]);
  return children({ check });
}

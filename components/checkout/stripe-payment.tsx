"use client";

import { Elements, ExpressCheckoutElement, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
// The "pure" entry point loads Stripe.js only when loadStripe is called, not on import, so the
// test-gateway checkout never contacts Stripe.
import { loadStripe } from "@stripe/stripe-js/pure";
import type { Stripe, StripeElementLocale, StripeElementsOptions, StripeExpressCheckoutElementConfirmEvent } from "@stripe/stripe-js";
import { useCallback, useMemo, type ReactNode } from "react";

/**
 * The browser side of Stripe. Card data goes from Stripe's iframes straight to Stripe: the form
 * validates with `useStripeSubmitCheck`, places the order (the server creates the PaymentIntent for
 * its total), then `useStripeConfirm` confirms that intent with what the shopper entered.
 */

export type StripeStepResult = { ok: true } | { ok: false; message: string };

const defaultFailure = "The payment could not be completed. Please check the details or try another method.";

/** Stripe.js is loaded once per publishable key; a failed load is forgotten so a later render can retry. */
const stripeLoads = new Map<string, Promise<Stripe | null>>();

function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let load = stripeLoads.get(publishableKey);
  if (!load) {
    load = loadStripe(publishableKey);
    stripeLoads.set(publishableKey, load);
    load.catch(() => stripeLoads.delete(publishableKey));
  }
  return load;
}

/** Stripe Elements has English and Arabic; Persian and Ukrainian follow the browser ("auto"). */
const elementLocales: Record<string, StripeElementLocale> = { en: "en", ar: "ar", fa: "auto", uk: "auto" };

export function stripeLocale(locale: string): StripeElementLocale {
  return elementLocales[locale] ?? "auto";
}

/**
 * Wraps the checkout's payment section in Stripe Elements without a PaymentIntent yet (deferred
 * intent creation): the amount and currency only drive which methods and wallets are offered, and
 * are updated in place when the total changes.
 */
export function StripePaymentProvider({
  publishableKey,
  amount,
  currency,
  locale,
  saveCard = false,
  children,
}: {
  publishableKey: string;
  /** Integer minor units. */
  amount: number;
  /** ISO 4217, any case. */
  currency: string;
  locale: string;
  /** The shopper asked to save the card: must match the intent's setup_future_usage, which the server sets then. */
  saveCard?: boolean;
  children: ReactNode;
}) {
  const options = useMemo<StripeElementsOptions>(
    () => ({ mode: "payment", amount, currency: currency.toLowerCase(), locale: stripeLocale(locale), setupFutureUsage: saveCard ? "off_session" : null }),
    [amount, currency, locale, saveCard],
  );
  return (
    <Elements stripe={stripeFor(publishableKey)} options={options}>
      {children}
    </Elements>
  );
}

/**
 * Wallet buttons (Apple Pay, Google Pay, Link) above the Payment Element. A wallet's confirmation
 * runs the form's own submit: `onExpressConfirm` is the form's submit, and may call the `fail`
 * it is given to close the wallet sheet when the order could not be placed.
 */
export function StripePaymentFields({ label, onExpressConfirm }: { label: string; onExpressConfirm: (fail: () => void) => void }) {
  const onConfirm = useCallback(
    (event: StripeExpressCheckoutElementConfirmEvent) => onExpressConfirm(() => event.paymentFailed({ reason: "fail" })),
    [onExpressConfirm],
  );
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-sm font-medium">{label}</legend>
      <ExpressCheckoutElement onConfirm={onConfirm} />
      <PaymentElement options={{ layout: "tabs" }} />
    </fieldset>
  );
}

/** Validates the Payment Element (and collects wallet data) without paying: run it before placing the order. */
export function useStripeSubmitCheck(fallbackMessage: string = defaultFailure): () => Promise<StripeStepResult> {
  const elements = useElements();
  return useCallback(async () => {
    if (!elements) return { ok: false, message: fallbackMessage };
    try {
      const { error } = await elements.submit();
      return error ? { ok: false, message: error.message ?? fallbackMessage } : { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error && error.message ? error.message : fallbackMessage };
    }
  }, [elements, fallbackMessage]);
}

/**
 * Finishes a saved card's payment that the server confirmed but the bank wants to check
 * (3-D Secure): Stripe.js shows the challenge in place.
 */
export function useStripeNextAction(fallbackMessage: string = defaultFailure): (clientSecret: string) => Promise<StripeStepResult> {
  const stripe = useStripe();
  return useCallback(
    async (clientSecret: string) => {
      if (!stripe) return { ok: false, message: fallbackMessage };
      try {
        const { error } = await stripe.handleNextAction({ clientSecret });
        return error ? { ok: false, message: error.message ?? fallbackMessage } : { ok: true };
      } catch (error) {
        return { ok: false, message: error instanceof Error && error.message ? error.message : fallbackMessage };
      }
    },
    [stripe, fallbackMessage],
  );
}

/**
 * Confirms the order's PaymentIntent with what the shopper entered. Redirects only for methods that
 * need it (3-D Secure challenges are shown in place); `returnUrl` is where such a redirect lands.
 * `ok: true` means Stripe accepted the confirmation; the webhook is what marks the order paid.
 */
export function useStripeConfirm(
  fallbackMessage: string = defaultFailure,
): (input: { clientSecret: string; returnUrl: string }) => Promise<StripeStepResult> {
  const stripe = useStripe();
  const elements = useElements();
  return useCallback(
    async ({ clientSecret, returnUrl }: { clientSecret: string; returnUrl: string }) => {
      if (!stripe || !elements) return { ok: false, message: fallbackMessage };
      try {
        const submitted = await elements.submit();
        if (submitted.error) return { ok: false, message: submitted.error.message ?? fallbackMessage };
        const { error } = await stripe.confirmPayment({
          elements,
          clientSecret,
          confirmParams: { return_url: returnUrl },
          redirect: "if_required",
        });
        return error ? { ok: false, message: error.message ?? fallbackMessage } : { ok: true };
      } catch (error) {
        return { ok: false, message: error instanceof Error && error.message ? error.message : fallbackMessage };
      }
    },
    [stripe, elements, fallbackMessage],
  );
}

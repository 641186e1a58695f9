"use client";

import { useTranslations } from "next-intl";
import type { CheckoutSection } from "@/lib/checkout/actions";
import { Exposure } from "@/components/experiments/exposure";
import { CheckoutErrorSummary } from "./checkout-error-summary";
import { CheckoutProgress, type Step } from "./checkout-progress";
import { ContactSection } from "./contact-section";
import { DeliveryAddressSection } from "./delivery-address-section";
import { DeliveryMethodSection } from "./delivery-method-section";
import { PaymentSection } from "./payment-section";
import { checkoutSections, useCheckoutForm, type CheckoutFormProps } from "./use-checkout-form";

export type { CheckoutFormProps, ShippingChoiceView } from "./use-checkout-form";

/**
 * The one-page checkout (A3): Contact → Delivery address → Delivery method → Payment, beside the
 * summary that shows everything; the pay button places the order, and says so (no review step).
 * Everything typed is kept in `useCheckoutForm` and saved to the server as the shopper goes, so an
 * error, a declined card or a reload loses nothing (A10); card details are never saved.
 */
export function CheckoutForm(props: CheckoutFormProps) {
  const t = useTranslations("checkout");
  const form = useCheckoutForm(props);
  const { flow } = form;
  const steps: Step[] = checkoutSections.map((id) => ({
    id,
    name: t(`sections.${id}`),
    state: flow.isDone(id) && id !== flow.current ? "done" : id === flow.current ? "current" : "todo",
  }));
  return (
    <div className="space-y-4">
      {/* An experiment on the layout is shown with the checkout's top, in every arm. */}
      <Exposure experimentKey={props.layoutArm?.experimentKey ?? null}>
        <CheckoutProgress steps={steps} label={t("progress")} onEdit={(id) => flow.expand(id as CheckoutSection)} />
      </Exposure>
      <p aria-live="polite" className="sr-only">
        {flow.opened ? t("sectionOpened", { name: t(`sections.${flow.opened}`) }) : ""}
      </p>
      <CheckoutErrorSummary form={form} />
      <ContactSection form={form} />
      <DeliveryAddressSection form={form} />
      <DeliveryMethodSection form={form} />
      <PaymentSection form={form} />
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SectionShell } from "./section-shell";
import type { CheckoutFormState } from "./use-checkout-form";

/** 3. Delivery method: the options for the address, the cheapest preselected by the server. */
export function DeliveryMethodSection({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const { props, values, set } = form;
  const chosen = props.shippingOptions.find((o) => o.methodId === values.shippingMethodId);
  return (
    <SectionShell form={form} section="delivery" summary={chosen ? `${chosen.label} · ${chosen.price} · ${chosen.detail}` : ""}>
      {props.shippingOptions.length ? (
        <fieldset>
          <legend className="sr-only">{t("sections.delivery")}</legend>
          <div className="space-y-2">
            {props.shippingOptions.map((option) => (
              <label key={option.methodId} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line p-3 has-[:checked]:border-brand">
                <input
                  type="radio"
                  name="shippingMethodId"
                  value={option.methodId}
                  checked={values.shippingMethodId === option.methodId}
                  onChange={() => set("shippingMethodId", option.methodId)}
                  className="h-5 w-5"
                />
                <span className="flex-1">
                  <span className="block font-medium">{option.label}</span>
                  <span className="block text-sm text-muted">{option.detail}</span>
                </span>
                <span className="font-semibold">{option.price}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p role="alert" className="text-sale">
          {t("noShipping")}
        </p>
      )}
    </SectionShell>
  );
}

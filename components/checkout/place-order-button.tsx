"use client";

import { useTranslations } from "next-intl";
import { Exposure } from "@/components/experiments/exposure";
import { keepFocus } from "./keep-focus";
import type { CheckoutFormState } from "./use-checkout-form";

/**
 * The last line of the checkout: what pressing the button does, and the button that says the total
 * and places the order. It waits while a new total is coming in, so nothing stale is submitted.
 */
export function PlaceOrderButton({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const { values, pending, updating, unseenAnswer } = form;
  const total = form.props.total.formatted;
  const arm = form.props.placeOrderArm;
  const wording =
    arm && arm.value !== "placeOrder"
      ? t(`placeOrderArms.${arm.value}`, { total })
      : null;
  return (
    <div className="space-y-2 border-t border-line pt-4">
      {unseenAnswer?.status === "failed" && !unseenAnswer.field ? (
        <p role="alert" className="rounded-md border border-sale p-3 text-sale">
          {unseenAnswer.message}
        </p>
      ) : null}
      <p id="pay-note" className="text-sm">
        {values.paymentMethod === "card" ? t("payNote") : t("placeNote")}
      </p>
      <Exposure experimentKey={arm?.experimentKey ?? null}>
        <button
          type="submit"
          onMouseDown={keepFocus}
          className="btn-primary w-full text-lg"
          disabled={pending || updating}
          aria-describedby="pay-note placing-status"
        >
          {pending ? (
            <>
              <span
                aria-hidden="true"
                className="h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent"
              />
              {t("placing")}
            </>
          ) : wording ? (
            wording
          ) : values.paymentMethod === "card" ? (
            t("pay", { total })
          ) : (
            t("placeOrder", { total })
          )}
        </button>
      </Exposure>
      <p id="placing-status" aria-live="polite" className="sr-only">
        {pending ? t("placingStatus") : updating ? t("updatingTotals") : ""}
      </p>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { CheckoutFormState } from "./use-checkout-form";

/** The server's refusals after "Place order", each a link to its field; focused when it appears. */
export function CheckoutErrorSummary({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const errors = form.unseenAnswer?.status === "invalid" ? Object.entries(form.unseenAnswer.errors) : [];
  if (!errors.length) return null;
  return (
    <div id="checkout-errors" tabIndex={-1} role="alert" className="rounded-lg border border-sale bg-white p-4 text-sale">
      <p className="font-semibold">{t("fixErrors", { count: errors.length })}</p>
      <ul className="list-disc ps-5">
        {errors.map(([field, message]) => (
          <li key={field}>
            <a href={`#checkout-${field}`} className="underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

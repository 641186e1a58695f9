"use client";

import { useLocale } from "next-intl";
import { useRef } from "react";
import { chooseShippingMethod } from "@/lib/cart/actions";

/** Delivery method radio group; choosing one re-prices the cart at once (the button serves without JavaScript). */
export function ShippingChoice({
  options,
  selected,
  text,
}: {
  options: { methodId: string; label: string; detail: string; price: string }[];
  selected: string | null;
  text: { legend: string; update: string };
}) {
  const form = useRef<HTMLFormElement>(null);
  const locale = useLocale();
  return (
    <form ref={form} action={chooseShippingMethod}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{text.legend}</legend>
        {options.map((option) => (
          <label key={option.methodId} className="flex cursor-pointer items-start gap-3 rounded-md border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
            <input
              type="radio"
              name="shippingMethodId"
              value={option.methodId}
              defaultChecked={option.methodId === selected}
              onChange={() => form.current?.requestSubmit()}
              className="mt-1 accent-brand"
            />
            <span className="flex-1">
              <span className="block font-medium">{option.label}</span>
              <span className="block text-sm text-ok">{option.detail}</span>
            </span>
            <span className="font-semibold">{option.price}</span>
          </label>
        ))}
      </fieldset>
      <noscript>
        <button type="submit" className="btn-secondary mt-2">
          {text.update}
        </button>
      </noscript>
    </form>
  );
}

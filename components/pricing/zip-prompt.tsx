"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { setDeliveryDestination, type DeliverToState } from "@/lib/pricing/actions";

/**
 * "Tax: calculated from your ZIP code" with the one field that settles it, right at the tax line
 * (B2). It saves the destination like "Deliver to" does, so every figure on the page follows.
 */
export function ZipPrompt({ country, text }: { country: string; text: { label: string; submit: string; error: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<DeliverToState, FormData>(setDeliveryDestination, { status: "idle" });
  // Controlled, so a refused code stays in the field to be corrected.
  const [zip, setZip] = useState("");
  const [emptyTried, setEmptyTried] = useState(false);
  const error = state.status === "invalid" || emptyTried ? text.error : null;
  return (
    <form
      action={action}
      noValidate
      className="mt-2 space-y-1"
      onSubmit={(event) => {
        // An empty ZIP would save the country alone and change nothing: say what is needed instead.
        setEmptyTried(zip.trim() === "");
        if (zip.trim() === "") event.preventDefault();
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="country" value={country} />
      <label htmlFor="tax-zip" className="block text-sm font-medium">
        {text.label}
      </label>
      <div className="flex gap-2">
        <input
          id="tax-zip"
          name="postalCode"
          value={zip}
          onChange={(event) => setZip(event.target.value)}
          autoComplete="postal-code"
          inputMode="numeric"
          dir="ltr"
          maxLength={10}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "tax-zip-error" : undefined}
          className="field min-w-0 flex-1"
        />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {text.submit}
        </button>
      </div>
      {error ? (
        <p id="tax-zip-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { applyCoupon, type CouponActionState } from "@/lib/cart/actions";

/**
 * "Have a code?": collapsed until needed; a refused code is explained next to the field and kept.
 * A code on the cart that stopped applying (withdrawn, expired) says so and can be removed.
 */
export function CouponForm({
  applied,
  notApplied = null,
  text,
}: {
  applied: string | null;
  /** Why the cart's code no longer takes anything off, when it doesn't. */
  notApplied?: string | null;
  text: { haveCode: string; code: string; apply: string; remove: string; applied: string };
}) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<CouponActionState, FormData>(applyCoupon, { status: "idle" });
  // Controlled, so React's reset after each submission never takes back what the shopper is typing.
  const [code, setCode] = useState("");
  if (applied || notApplied) {
    return (
      <form action={action} className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <input type="hidden" name="locale" value={locale} />
        <p role="status" className={applied ? "text-ok" : "text-sale"}>
          {applied ? text.applied : notApplied}
        </p>
        <button type="submit" name="intent" value="remove" className="min-h-11 px-2 text-brand underline">
          {text.remove}
        </button>
      </form>
    );
  }
  const error = state.status === "error" ? state : null;
  return (
    <details open={error ? true : undefined}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand">{text.haveCode}</summary>
      <form action={action} noValidate className="mt-2 space-y-1">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="coupon-code" className="block text-sm font-medium">
          {text.code}
        </label>
        <div className="flex gap-2">
          <input
            id="coupon-code"
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            dir="ltr"
            spellCheck={false}
            maxLength={64}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "coupon-code-error" : undefined}
            className="field"
          />
          <button type="submit" name="intent" value="apply" className="btn-secondary" disabled={pending}>
            {text.apply}
          </button>
        </div>
        {error ? (
          <p id="coupon-code-error" className="text-sm text-sale">
            {error.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}

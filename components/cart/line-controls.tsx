"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { updateCartLine, type LineActionState } from "@/lib/cart/actions";

/** − quantity + and Remove for one cart line; each button is a form so it works without JavaScript. */
export function LineControls({
  variantId,
  quantity,
  max,
  text,
}: {
  variantId: number;
  quantity: number;
  max: number;
  text: { quantity: string; decrease: string; increase: string; remove: string };
}) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<LineActionState, FormData>(updateCartLine, { status: "idle" });
  const button = (label: string, next: number, content: string, disabled = false) => (
    <button
      type="submit"
      name="quantity"
      value={next}
      aria-label={label}
      disabled={pending || disabled}
      className="flex h-11 w-11 items-center justify-center rounded-md border border-muted bg-white text-lg disabled:opacity-50"
    >
      {content}
    </button>
  );
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-center gap-2">
        {button(text.decrease, quantity - 1, "−", quantity <= 1)}
        <output aria-label={text.quantity} className="w-8 text-center font-semibold" aria-live="polite">
          {quantity}
        </output>
        {button(text.increase, quantity + 1, "+", quantity >= max)}
        <button type="submit" name="quantity" value={0} disabled={pending} className="ms-2 min-h-11 px-2 text-sm text-brand underline">
          {text.remove}
        </button>
      </div>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-sale">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useFormatter, useLocale } from "next-intl";
import { startTransition, useActionState, useEffect, useOptimistic, useRef, useState } from "react";
import { updateCartLine, type LineActionState } from "@/lib/cart/actions";

/** How long the stepper waits for more taps before it tells the server the new quantity. */
const settleMs = 400;

/**
 * − quantity + and Remove for one cart line. The number moves at once (optimistic); taps are
 * collected for a moment and sent as one change, and the server's figures win when it answers.
 * Each button is also a plain submit button, so the stepper works without JavaScript.
 */
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
  const format = useFormatter();
  const [state, dispatch, pending] = useActionState<LineActionState, FormData>(updateCartLine, { status: "idle" });
  const [optimistic, setOptimistic] = useOptimistic(quantity);
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const shown = draft ?? optimistic;

  const send = (next: number) => {
    clearTimeout(timer.current);
    const form = new FormData();
    form.set("variantId", String(variantId));
    form.set("quantity", String(next));
    form.set("locale", locale);
    startTransition(() => {
      setOptimistic(next);
      setDraft(null);
      dispatch(form);
    });
  };
  const step = (next: number) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), settleMs);
  };

  const stepButton = (label: string, next: number, content: string, disabled: boolean) => (
    <button
      type="submit"
      name="quantity"
      value={next}
      aria-label={label}
      disabled={disabled}
      onClick={(event) => {
        event.preventDefault();
        step(next);
      }}
      className="flex h-11 w-11 shrink-0 items-center justify-center rounded-md border border-muted bg-white text-lg disabled:opacity-50"
    >
      {content}
    </button>
  );
  return (
    <form action={dispatch} className="space-y-1">
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-wrap items-center gap-2">
        {stepButton(text.decrease, shown - 1, "−", shown <= 1)}
        <output aria-label={text.quantity} className="w-8 text-center font-semibold" aria-live="polite" aria-busy={pending || draft !== null}>
          {format.number(shown)}
        </output>
        {stepButton(text.increase, shown + 1, "+", shown >= max)}
        <button
          type="submit"
          name="quantity"
          value={0}
          onClick={(event) => {
            event.preventDefault();
            send(0);
          }}
          className="ms-2 min-h-11 min-w-11 px-2 text-sm text-brand underline"
        >
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

"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import type { ItemActionState } from "@/lib/cart/saved-actions";

/** A one-button form for a saved-item or cart-line action, with its error said next to it. */
export function ItemAction({
  action,
  fields,
  label,
  className = "min-h-11 px-2 text-sm text-brand underline",
}: {
  action: (previous: ItemActionState, form: FormData) => Promise<ItemActionState>;
  fields: Record<string, string | number>;
  label: string;
  className?: string;
}) {
  const locale = useLocale();
  const [state, dispatch, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={dispatch} className="inline">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={className}>
        {label}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="ms-2 text-sm text-sale">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

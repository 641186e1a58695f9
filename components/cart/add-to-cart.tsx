"use client";

import { useLocale } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { addToCart, type LineActionState } from "@/lib/cart/actions";

/** The buy button when a variant can be bought: adds one unit; says what happened next to it. */
export function AddToCart({
  variantId,
  text,
}: {
  variantId: number;
  text: { add: string; adding: string; added: string; viewCart: string; cartHref: string };
}) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<LineActionState, FormData>(addToCart, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="quantity" value="1" />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="btn-primary w-full text-lg" disabled={pending}>
        {pending ? text.adding : text.add}
      </button>
      <p aria-live="polite" className="min-h-6 text-sm">
        {state.status === "done" ? (
          <span className="text-ok">
            {text.added}{" "}
            <Link href={text.cartHref} className="font-semibold underline">
              {text.viewCart}
            </Link>
          </span>
        ) : state.status === "error" ? (
          <span className="text-sale">{state.message}</span>
        ) : null}
      </p>
    </form>
  );
}

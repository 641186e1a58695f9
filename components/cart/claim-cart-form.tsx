"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { claimCart, type ClaimState } from "@/lib/cart/handoff-actions";
import { Link } from "@/lib/i18n/navigation";

/** The hand-off page's confirmation: bringing the cart here is a deliberate tap, never a side effect of opening the link. */
export function ClaimCartForm({ token, text }: { token: string; text: { claim: string; claiming: string; goToCart: string } }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<ClaimState, FormData>(claimCart, { status: "idle" });
  if (state.status === "claimed") {
    return (
      <div role="status" className="space-y-3">
        <p className="font-semibold text-ok">{state.message}</p>
        {state.changes.length ? (
          <ul className="list-disc space-y-1 ps-5 text-sm">
            {state.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        ) : null}
        <Link href="/cart" className="btn-primary inline-flex">
          {text.goToCart}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary" disabled={pending} aria-disabled={pending}>
        {pending ? text.claiming : text.claim}
      </button>
      <p aria-live="polite" className="sr-only">
        {pending ? text.claiming : ""}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="text-sale">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

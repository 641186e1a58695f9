"use client";

import { useLocale } from "next-intl";
import { useActionState, useEffect } from "react";
import { useShopper, useShopperActions } from "@/components/shopper/shopper-provider";
import { toggleWishlistItem, type ItemActionState } from "@/lib/cart/saved-actions";

/**
 * The heart: a toggle button (aria-pressed) that keeps a product on the visitor's wishlist, no
 * account needed.
 */
export function WishlistButton({
  productId,
  on,
  labels,
  className = "",
}: {
  productId: number;
  /** What the page knows; undefined on a cached page, where the shopper's own list tells. */
  on: boolean | undefined;
  labels: { add: string; remove: string };
  className?: string;
}) {
  const locale = useLocale();
  const shopper = useShopper();
  const { refresh } = useShopperActions();
  const known = on ?? shopper?.wishlist.includes(productId) ?? false;
  const [state, action, pending] = useActionState<ItemActionState, FormData>(toggleWishlistItem, { status: "idle" });
  // Other hearts for this product (a card elsewhere, the next page) follow the shopper's list.
  useEffect(() => {
    if (state.status === "done") refresh();
  }, [state, refresh]);
  const current = state.status === "done" && state.on !== undefined ? state.on : known;
  const shown = pending ? !current : current;
  return (
    <form action={action} className={className}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        aria-pressed={shown}
        aria-label={shown ? labels.remove : labels.add}
        className="flex h-11 w-11 items-center justify-center rounded-full border border-line bg-white text-sale shadow-sm"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill={shown ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.8">
          <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" strokeLinejoin="round" />
        </svg>
      </button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { CartTabTitle } from "@/components/cart/cart-tab-title";
import { useShopper } from "./shopper-provider";

/**
 * On-site reminders (D7) on every page: the hidden tab's title while the cart has items, and, for
 * a returning visitor whose cart has items, a gentle note once per visit. The note floats over the
 * page's foot, so it arriving after the page never moves what the shopper is reading.
 */
export function ShopperReminders() {
  const shopper = useShopper();
  const [open, setOpen] = useState(true);
  const banner = shopper?.welcomeBack;
  return (
    <>
      <CartTabTitle count={shopper?.cartCount ?? 0} waitingTitle={shopper?.text.tabWaiting ?? ""} />
      {banner && open ? (
        <div role="status" data-bottom-bar="" className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-brand-soft shadow-lg">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
            <p>
              {banner.text}{" "}
              {/* A plain link: next/link here put a second copy of Link's code in every page's JavaScript, for a once-a-visit banner. */}
              <a href={banner.cartHref} className="font-semibold text-brand underline">
                {banner.cartLabel}
              </a>
            </p>
            <button type="button" onClick={() => setOpen(false)} className="min-h-11 px-2 text-brand underline">
              {banner.dismiss}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

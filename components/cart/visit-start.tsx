"use client";

import { useEffect, useState } from "react";
import { visitCookie } from "@/lib/visitor/cookie";


/**
 * Marks the start of a visit (a session cookie) and, for a returning visitor whose cart has items,
 * shows a gentle reminder once per visit (D7). Nothing is shown to a shopper mid-visit.
 */
export function VisitStart({ banner }: { banner: { text: string; cartLabel: string; cartHref: string; dismiss: string } | null }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (!document.cookie.split("; ").some((c) => c.startsWith(`${visitCookie}=`))) {
      document.cookie = `${visitCookie}=1; path=/; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
    }
  }, []);
  if (!banner || !open) return null;
  return (
    <div role="status" className="border-b border-line bg-brand-soft">
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
  );
}

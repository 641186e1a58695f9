"use client";

import { useState, type ReactNode } from "react";

/** On phones the summary is a bar with the total that opens and closes; from `lg` up it is always open beside the form. */
export function SummaryDisclosure({
  heading,
  total,
  text,
  children,
}: {
  heading: string;
  total: string;
  text: { show: string; hide: string; items: string };
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <aside aria-labelledby="order-summary-heading" className="rounded-lg border border-line bg-white lg:sticky lg:top-4">
      <h2 id="order-summary-heading" className="sr-only lg:not-sr-only lg:px-5 lg:pt-5 lg:text-xl lg:font-bold">
        {heading}
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="order-summary-body"
        onClick={() => setOpen(!open)}
        className="flex min-h-12 w-full items-center justify-between gap-3 px-4 py-3 text-start lg:hidden"
      >
        <span className="font-medium text-brand underline">
          {open ? text.hide : text.show} · {text.items}
        </span>
        <span className="text-lg font-bold">{total}</span>
      </button>
      <div id="order-summary-body" className={`space-y-4 px-4 pb-4 lg:block lg:px-5 lg:pb-5 ${open ? "block" : "hidden"}`}>
        {children}
      </div>
    </aside>
  );
}

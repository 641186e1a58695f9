"use client";

import { useFormatter } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Phones get the listing's filters in a modal drawer opened by a "Filters" button that says how
 * many are on, so the results start near the top; from `lg` up the filters stand beside the results.
 * The form is rendered in one place at a time, so its fields keep one id each.
 */
export function FiltersDrawer({
  activeCount,
  labelledBy,
  text,
  children,
}: {
  activeCount: number;
  /** The id of the filters' heading, which names the drawer. */
  labelledBy: string;
  text: { open: string; active: string; close: string };
  children: ReactNode;
}) {
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  return (
    <>
      <button ref={opener} type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)} className="btn-secondary lg:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M4 6h16M7 12h10M10 18h4" />
        </svg>
        {text.open}
        {activeCount > 0 ? (
          <>
            <span aria-hidden="true" className="rounded-full bg-brand px-2 text-sm text-white">
              {format.number(activeCount)}
            </span>
            <span className="sr-only">{text.active}</span>
          </>
        ) : null}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          aria-labelledby={labelledBy}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
          onClick={(event) => event.target === dialog.current && dialog.current?.close()}
          className="me-auto ms-0 mt-0 h-full max-h-none w-full max-w-sm bg-canvas p-0 shadow-2xl backdrop:bg-black/40"
        >
          <div className="relative p-5">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="absolute end-3 top-3 flex h-11 w-11 items-center justify-center rounded-md text-2xl hover:bg-brand-soft"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">{text.close}</span>
            </button>
            {children}
          </div>
        </dialog>
      ) : (
        <div className="hidden lg:block">{children}</div>
      )}
    </>
  );
}

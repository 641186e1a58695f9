"use client";

import { useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ExitIntentDismissal, ExitIntentPage, ExitIntentTrigger, ExitOfferText } from "@/lib/recovery/exit-intent";
import { recordExitIntent } from "@/lib/recovery/exit-intent-actions";

/**
 * The exit-intent offer (E4): a modal dialog — focus moves in and stays inside, Esc, the Close
 * button or a click beside it closes it, and focus goes back where it was — offering help (phone,
 * hours, FAQ, contact) and, when the merchant set one, a coupon. Loaded lazily by ExitIntent.
 */
export default function ExitOfferDialog({
  text,
  page,
  trigger,
  locale,
  onClosed,
}: {
  text: ExitOfferText;
  page: ExitIntentPage;
  trigger: ExitIntentTrigger;
  locale: Locale;
  onClosed: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const how = useRef<ExitIntentDismissal>("close");
  const before = useRef<HTMLElement | null>(null);
  const recorded = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    // The least pushy first stop: Enter or Space simply closes the offer.
    close.current?.focus();
    // Once, although development mounts effects twice.
    if (recorded.current) return;
    recorded.current = true;
    void recordExitIntent({ locale, path: location.pathname, event: { name: "exit_intent_shown", props: { page, trigger, incentive: text.offer !== null } } });
  }, [locale, page, trigger, text.offer]);

  const dismiss = (reason: ExitIntentDismissal) => {
    how.current = reason;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-modal="true"
      aria-labelledby="exit-offer-title"
      aria-describedby="exit-offer-body"
      onCancel={() => {
        how.current = "escape";
      }}
      onClose={() => {
        if (before.current?.isConnected) before.current.focus();
        void recordExitIntent({ locale, path: location.pathname, event: { name: "exit_intent_dismissed", props: { page, how: how.current } } });
        onClosed();
      }}
      onClick={(event) => event.target === dialog.current && dismiss("backdrop")}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id="exit-offer-title" className="text-xl font-bold">
          {text.title}
        </h2>
        <p id="exit-offer-body">{text.body}</p>
        {text.offer ? (
          <section aria-labelledby="exit-offer-incentive" className="rounded-md bg-brand-soft p-3">
            <h3 id="exit-offer-incentive" className="font-semibold">
              {text.offer.title}
            </h3>
            <p className="text-sm">{text.offer.text}</p>
            <p className="mt-2">
              <span className="text-sm">{text.offer.codeLabel}: </span>
              <strong dir="ltr" className="rounded border border-dashed border-brand px-2 py-1 font-mono tracking-wider">
                {text.offer.code}
              </strong>
            </p>
            {text.offer.note ? <p className="mt-2 text-sm text-muted">{text.offer.note}</p> : null}
          </section>
        ) : null}
        <div className="space-y-1">
          <a href={text.call.href} className="btn-primary w-full">
            {text.call.label}
          </a>
          <p className="text-sm text-muted">{text.hours}</p>
        </div>
        {/* Plain links: next/link would add its code to this lazily loaded part for two links. */}
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <a href={text.faq.href} className="btn-secondary">
            {text.faq.label}
          </a>
          <a href={text.contact.href} className="btn-secondary">
            {text.contact.label}
          </a>
        </div>
        <button ref={close} type="button" className="btn-secondary w-full" onClick={() => dismiss("close")}>
          {text.close}
        </button>
      </div>
    </dialog>
  );
}

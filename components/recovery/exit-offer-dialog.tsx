"use client";

import { useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ExitIntentDismissal, ExitIntentPage, ExitIntentTrigger, ExitOfferText } from "@/lib/recovery/exit-intent";
import { recordExitIntent } from "@/lib/recovery/exit-intent-actions";
import type { ExitSurveyPage } from "@/lib/surveys/reasons";
import type { ExitSurveyText } from "@/lib/surveys/types";
import { ExitSurvey } from "@/components/surveys/exit-survey";

/**
 * The exit-intent moment (E4, G3): one modal dialog, never two. The offer (`offer`: help by phone,
 * hours, FAQ, contact and, when the merchant set one, a coupon) comes first; the exit survey
 * ("What stopped you today?", `survey`) below it, or alone when there is no offer. Focus moves in
 * and stays inside (to Close when only the offer shows: Enter or Space simply closes it; to the
 * heading with the survey, so a phone does not scroll past the offer); Esc, Close or a click beside
 * it closes it and focus goes back where it was. Answering is never needed to leave. Loaded lazily
 * by ExitIntent.
 */
export default function ExitOfferDialog({
  offer,
  survey,
  page,
  surveyPage,
  trigger,
  locale,
  onClosed,
}: {
  offer: ExitOfferText | null;
  survey: ExitSurveyText | null;
  page: ExitIntentPage;
  surveyPage: ExitSurveyPage;
  trigger: ExitIntentTrigger;
  locale: Locale;
  onClosed: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const how = useRef<ExitIntentDismissal>("close");
  const before = useRef<HTMLElement | null>(null);
  const recorded = useRef(false);
  const hasOffer = offer !== null;
  const hasIncentive = offer?.offer != null;

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    if (survey) title.current?.focus();
    else close.current?.focus();
    if (recorded.current || !hasOffer) return;
    recorded.current = true;
    void recordExitIntent({ locale, path: location.pathname, event: { name: "exit_intent_shown", props: { page, trigger, incentive: hasIncentive } } });
  }, [locale, page, trigger, hasOffer, hasIncentive, survey]);

  const dismiss = (reason: ExitIntentDismissal) => {
    how.current = reason;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-modal="true"
      aria-labelledby="exit-moment-title"
      aria-describedby={offer ? "exit-moment-body" : undefined}
      onCancel={() => {
        how.current = "escape";
      }}
      onClose={() => {
        if (before.current?.isConnected) before.current.focus();
        if (hasOffer) void recordExitIntent({ locale, path: location.pathname, event: { name: "exit_intent_dismissed", props: { page, how: how.current } } });
        onClosed();
      }}
      onClick={(event) => event.target === dialog.current && dismiss("backdrop")}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md overflow-y-auto rounded-lg bg-white p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 ref={title} id="exit-moment-title" tabIndex={-1} className="text-xl font-bold focus:outline-none">
          {offer ? offer.title : survey?.title}
        </h2>
        {offer ? (
          <>
            <p id="exit-moment-body">{offer.body}</p>
            {offer.offer ? (
              <section aria-labelledby="exit-moment-incentive" className="rounded-md bg-brand-soft p-3">
                <h3 id="exit-moment-incentive" className="font-semibold">
                  {offer.offer.title}
                </h3>
                <p className="text-sm">{offer.offer.text}</p>
                <p className="mt-2">
                  <span className="text-sm">{offer.offer.codeLabel}: </span>
                  <strong dir="ltr" className="rounded border border-dashed border-brand px-2 py-1 font-mono tracking-wider">
                    {offer.offer.code}
                  </strong>
                </p>
                {offer.offer.note ? <p className="mt-2 text-sm text-muted">{offer.offer.note}</p> : null}
              </section>
            ) : null}
            <div className="space-y-1">
              <a href={offer.call.href} className="btn-primary w-full">
                {offer.call.label}
              </a>
              <p className="text-sm text-muted">{offer.hours}</p>
            </div>
            {/* Plain links: next/link would add its code to this lazily loaded part for two links. */}
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              <a href={offer.faq.href} className="btn-secondary">
                {offer.faq.label}
              </a>
              <a href={offer.contact.href} className="btn-secondary">
                {offer.contact.label}
              </a>
            </div>
          </>
        ) : null}
        {survey ? (
          <div className={offer ? "border-t border-line pt-4" : undefined}>
            <ExitSurvey text={survey} page={surveyPage} locale={locale} idPrefix="exit-moment-survey" />
          </div>
        ) : null}
        <button ref={close} type="button" className="btn-secondary w-full" onClick={() => dismiss("close")}>
          {offer ? offer.close : survey?.close}
        </button>
      </div>
    </dialog>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { recordHelpOffer } from "@/lib/chat/actions";
import { proactiveMoments, type ProactiveMoment } from "@/lib/chat/views";
import type { ChatPanelProps } from "./chat-panel";
import { helpMomentEvent, takeWaitingMoment, type HelpMomentDetail } from "./help-moment";
import { HelpOffer } from "./help-offer";
import { helpOfferedThisVisit, panelWasOpen, rememberHelpOffered, rememberPanelOpen } from "./visit-memory";

// The panel's code (conversation, stream, composer) is downloaded when the shopper opens it, not with the page.
const ChatPanel = lazy(() => import("./chat-panel"));

const noSubscription = () => () => {};
/** The staff's pages: the inbox is where they chat. */
const staffPage = /^\/[^/]+\/admin(\/|$)/;

export interface ChatLauncherProps extends Pick<ChatPanelProps, "storeName" | "hours" | "typicalReplyMinutes" | "maxLength"> {
  /** The moments the store offers help at by itself (F4); none turns the offers off. */
  moments?: readonly ProactiveMoment[];
}

/**
 * "Chat with us" (F1) at the foot of every page, at the inline end: fixed, so it never moves the
 * page, and lifted (by a transform, which is no layout shift) above a bar fixed to the screen's foot
 * while one shows (a phone's sticky bar,
 * `data-sticky-bar`; any other such bar marks itself `data-bottom-bar`). Only this button and its
 * listener come with the page; the panel is loaded when pressed, and opens again after a reload
 * or on the next page if it was open. It also offers help by itself, once per visit, when a page
 * sends a moment of doubt (`offerHelp`, help-moment.ts). The same for every shopper of a locale,
 * so cached pages carry it.
 */
export function ChatLauncher({ moments = proactiveMoments, ...panel }: ChatLauncherProps) {
  const t = useTranslations("chat");
  const locale = useLocale();
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  // Until the shopper opens or closes it on this page, the panel is as the visit left it.
  const [chosen, setChosen] = useState<{ open: boolean; focus: boolean } | null>(null);
  const reopened = useSyncExternalStore(noSubscription, panelWasOpen, () => false);
  const open = chosen ? chosen.open : reopened;
  const [offer, setOffer] = useState<ProactiveMoment | null>(null);
  const offered = moments.join(" ");

  useEffect(() => {
    const allowed = new Set(offered.split(" "));
    const consider = (moment: unknown) => {
      if (!proactiveMoments.includes(moment as ProactiveMoment) || !allowed.has(moment as string)) return;
      // Once per visit, and never to a shopper already chatting.
      if (panelWasOpen() || helpOfferedThisVisit()) return;
      rememberHelpOffered(moment as string);
      setOffer(moment as ProactiveMoment);
    };
    const hear = (event: Event) => {
      event.preventDefault();
      consider((event as CustomEvent<HelpMomentDetail>).detail?.moment);
    };
    window.addEventListener(helpMomentEvent, hear);
    // A moment the page sent before this listener existed.
    consider(takeWaitingMoment());
    return () => window.removeEventListener(helpMomentEvent, hear);
  }, [offered]);

  if (pathname && staffPage.test(pathname)) return null;

  const show = (next: boolean, focus: boolean) => {
    setChosen({ open: next, focus });
    rememberPanelOpen(next);
    if (next) setOffer(null);
  };
  const close = () => {
    show(false, false);
    button.current?.focus();
  };
  const answerOffer = (moment: ProactiveMoment, accepted: boolean) => {
    setOffer(null);
    // Measured (F4); an answer that does not arrive changes nothing for the shopper.
    recordHelpOffer({ moment, accepted, locale }).catch(() => {});
    if (accepted) show(true, true);
    else button.current?.focus();
  };

  return (
    <div className="pointer-events-none fixed end-4 top-4 bottom-4 z-40 flex flex-col-reverse items-end [body:has([data-sticky-bar],[data-bottom-bar])_&]:-translate-y-20 print:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? "chat-panel" : undefined}
        onClick={() => (open ? close() : show(true, true))}
        onKeyDown={(event) => event.key === "Escape" && open && close()}
        className="pointer-events-auto inline-flex min-h-12 min-w-12 shrink-0 items-center justify-center gap-2 rounded-full bg-brand px-3 font-semibold text-white shadow-lg transition-colors hover:bg-brand-strong sm:px-5"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M4 5h16v11H9l-5 4V5z" strokeLinejoin="round" />
          <path d="M8 9h8M8 12h5" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t("launcher")}</span>
      </button>
      {/* Live, so the offer is read out when it appears; empty otherwise. */}
      <div aria-live="polite">{offer && !open ? <HelpOffer moment={offer} onAccept={() => answerOffer(offer, true)} onDecline={() => answerOffer(offer, false)} /> : null}</div>
      {open ? (
        <Suspense fallback={null}>
          <ChatPanel {...panel} focusOnOpen={chosen?.focus ?? false} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}

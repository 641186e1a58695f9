"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useShopper } from "@/components/shopper/shopper-provider";
import { watchCheckoutSection } from "@/components/surveys/checkout-section";
import type { Locale } from "@/lib/i18n/locales";
import {
  exitIntentIdleMs,
  exitIntentStorageKey,
  isLeavingAtTop,
  shouldShowExitOffer,
  type ExitIntentPage,
  type ExitIntentTrigger,
  type ExitOfferText,
} from "@/lib/recovery/exit-intent";
import type { ExitSurveyPage } from "@/lib/surveys/reasons";
import type { ExitSurveyText } from "@/lib/surveys/types";

// Loaded only when the offer opens: the cart and checkout carry just this listener.
const ExitOfferDialog = lazy(() => import("./exit-offer-dialog"));
// With the exit survey on (G3), the same moment opens one dialog holding the offer and the question.

/** Input that shows a phone shopper is still there: each restarts the idle wait. */
const activity = ["pointerdown", "keydown", "scroll", "touchstart", "input"] as const;

function readFlag(): string | null {
  try {
    return sessionStorage.getItem(exitIntentStorageKey);
  } catch {
    // Storage refused (private mode, blocked): better no offer than one on every page.
    return "unavailable";
  }
}

function writeFlag(value: "shown" | "dismissed") {
  try {
    sessionStorage.setItem(exitIntentStorageKey, value);
  } catch {
    // Nothing to remember it in: the listener is gone for this page anyway.
  }
}

/**
 * Exit intent (E4) on the cart and checkout: watches for a shopper with items about to leave (the
 * pointer heading for the tab bar; on a phone, a long idle) and opens the offer of help once per
 * visit. Renders nothing until then, so it costs the page neither paint nor layout. With the exit
 * survey on (`survey`, G3) the same moment, still once per visit, asks "What stopped you today?" in
 * the same dialog, below the offer; `text` null (no offer) leaves the question alone.
 */
export function ExitIntent({
  page,
  items,
  locale,
  text,
  survey = null,
}: {
  page: ExitIntentPage;
  items: number;
  locale: Locale;
  text: ExitOfferText | null;
  survey?: ExitSurveyText | null;
}) {
  const cartCount = useShopper()?.cartCount ?? null;
  const latestCount = useRef(cartCount);
  const [trigger, setTrigger] = useState<ExitIntentTrigger | null>(null);
  const [surveyPage, setSurveyPage] = useState<ExitSurveyPage>("cart");
  const enabled = text !== null || survey !== null;

  useEffect(() => {
    latestCount.current = cartCount;
  }, [cartCount]);

  useEffect(() => {
    if (!enabled || readFlag()) return;
    // Where in the checkout the shopper was when leaving, for the survey's answer.
    const section = page === "checkout" ? watchCheckoutSection() : null;
    const touch = window.matchMedia("(hover: none)").matches;
    let idle: ReturnType<typeof setTimeout> | undefined;

    const stop = () => {
      section?.stop();
      document.removeEventListener("mouseout", onMouseOut);
      for (const name of activity) window.removeEventListener(name, restartIdle);
      clearTimeout(idle);
    };
    const open = (next: ExitIntentTrigger) => {
      const show = shouldShowExitOffer({
        trigger: next,
        touch,
        pageItems: items,
        cartCount: latestCount.current,
        shownThisVisit: readFlag(),
        otherDialogOpen: document.querySelector("dialog[open]") !== null,
      });
      if (!show) return;
      writeFlag("shown");
      setSurveyPage(section ? `checkout:${section.current()}` : "cart");
      stop();
      setTrigger(next);
    };
    function onMouseOut(event: MouseEvent) {
      if (isLeavingAtTop(event)) open("pointer");
    }
    function restartIdle() {
      clearTimeout(idle);
      idle = setTimeout(() => open("idle"), exitIntentIdleMs);
    }

    document.addEventListener("mouseout", onMouseOut);
    if (touch) {
      for (const name of activity) window.addEventListener(name, restartIdle, { passive: true });
      restartIdle();
    }
    return stop;
  }, [items, enabled, page]);

  if (!trigger) return null;
  const onClosed = () => {
    writeFlag("dismissed");
    setTrigger(null);
  };
  if (!survey && !text) return null;
  return (
    <Suspense fallback={null}>
      <ExitOfferDialog offer={text} survey={survey ?? null} page={page} surveyPage={surveyPage} trigger={trigger} locale={locale} onClosed={onClosed} />
    </Suspense>
  );
}

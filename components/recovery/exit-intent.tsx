"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useShopper } from "@/components/shopper/shopper-provider";
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

// Loaded only when the offer opens: the cart and checkout carry just this listener.
const ExitOfferDialog = lazy(() => import("./exit-offer-dialog"));

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
 * visit. Renders nothing until then, so it costs the page neither paint nor layout.
 */
export function ExitIntent({ page, items, locale, text }: { page: ExitIntentPage; items: number; locale: Locale; text: ExitOfferText }) {
  const cartCount = useShopper()?.cartCount ?? null;
  const latestCount = useRef(cartCount);
  const [trigger, setTrigger] = useState<ExitIntentTrigger | null>(null);

  useEffect(() => {
    latestCount.current = cartCount;
  }, [cartCount]);

  useEffect(() => {
    if (readFlag()) return;
    const touch = window.matchMedia("(hover: none)").matches;
    let idle: ReturnType<typeof setTimeout> | undefined;

    const stop = () => {
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
  }, [items]);

  if (!trigger) return null;
  return (
    <Suspense fallback={null}>
      <ExitOfferDialog
        text={text}
        page={page}
        trigger={trigger}
        locale={locale}
        onClosed={() => {
          writeFlag("dismissed");
          setTrigger(null);
        }}
      />
    </Suspense>
  );
}

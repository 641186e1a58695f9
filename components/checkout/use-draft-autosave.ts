"use client";

import { useCallback, useEffect, useRef, useTransition } from "react";
import { saveCheckout, type CheckoutSection } from "@/lib/checkout/actions";

/**
 * Saves the checkout as the shopper types (debounced), so a reload restores it and the email is
 * kept once valid (E1). `completed` sections are recorded for the funnel at once; `refresh` (a new
 * destination or delivery method) re-renders the summary, and `updating` holds the pay button
 * until the new total is in, so nothing stale can be submitted.
 */
export function useDraftAutosave(locale: string) {
  const [updating, startUpdating] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const save = useCallback(
    (values: Record<string, string>, { completed = [], refresh = false }: { completed?: CheckoutSection[]; refresh?: boolean } = {}) => {
      clearTimeout(timer.current);
      // The shopper's own time zone: an abandoned-cart reminder waits out their night, not the store's.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (refresh) startUpdating(async () => void (await saveCheckout({ values, completed, refresh, locale, timeZone })));
      else if (completed.length) void saveCheckout({ values, completed, locale, timeZone });
      else timer.current = setTimeout(() => void saveCheckout({ values, locale, timeZone }), 800);
    },
    [locale],
  );
  return { save, updating };
}

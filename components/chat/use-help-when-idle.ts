"use client";

import { useEffect } from "react";
import type { ProactiveMoment } from "@/lib/chat/views";
import { offerHelp } from "./help-moment";

/** Input that shows the shopper is still at it: each starts the wait again. */
const activity = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;

/**
 * Offers help (F4) once the shopper has done nothing for `idleMs` while `active` (e.g. the
 * payment step open): the chat launcher decides whether to show it (once per visit).
 */
export function useHelpWhenIdle(moment: ProactiveMoment, active: boolean, idleMs = 90_000) {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(timer);
      for (const name of activity) window.removeEventListener(name, restart);
    };
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stop();
        offerHelp(moment);
      }, idleMs);
    }
    for (const name of activity) window.addEventListener(name, restart, { passive: true });
    restart();
    return stop;
  }, [moment, active, idleMs]);
}

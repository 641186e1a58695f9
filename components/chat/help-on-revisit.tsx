"use client";

import { useEffect, useRef } from "react";
import type { ProactiveMoment } from "@/lib/chat/views";
import { offerHelp } from "./help-moment";
import { countPageVisit } from "./visit-memory";

/**
 * Counts the shopper's visits to this page in this visit to the store and, from the second on,
 * offers help (F4: coming back to the shipping page means the answer was not there). Renders nothing.
 */
export function HelpOnRevisit({ page, moment }: { page: string; moment: ProactiveMoment }) {
  // Once per time the page is shown (development runs effects twice).
  const counted = useRef(false);
  useEffect(() => {
    if (counted.current) return;
    counted.current = true;
    if (countPageVisit(page) >= 2) offerHelp(moment);
  }, [page, moment]);
  return null;
}

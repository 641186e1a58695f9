"use client";

import { useEffect } from "react";
import { pushRetargetingEvent, type RetargetingEvent } from "@/lib/retargeting/data-layer";

/** Fires one consent-gated browser event (E7) when the page shows; renders nothing. */
export function RetargetingSignal({ event }: { event: RetargetingEvent }) {
  const key = JSON.stringify(event);
  useEffect(() => {
    pushRetargetingEvent(JSON.parse(key) as RetargetingEvent);
  }, [key]);
  return null;
}

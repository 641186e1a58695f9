"use client";

import { useEffect, useRef } from "react";
import { recordExposure } from "@/lib/experiments/exposure-action";

/**
 * Wraps an element an experiment varies: once it is on screen, the visitor's exposure to the
 * experiment is recorded (once per page view; the server keeps the first). Without an experiment
 * it renders its children alone.
 */
export function Exposure({ experimentKey, children }: { experimentKey: string | null; children: React.ReactNode }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // The wrapper has no box of its own (display: contents): watch what it wraps.
    const element = marker.current?.firstElementChild;
    if (!experimentKey || !element) return;
    let sent = false;
    const observer = new IntersectionObserver((entries) => {
      if (sent || !entries.some((entry) => entry.isIntersecting)) return;
      sent = true;
      observer.disconnect();
      void recordExposure(experimentKey).catch(() => {});
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [experimentKey]);
  if (!experimentKey) return <>{children}</>;
  return (
    <span ref={marker} className="contents">
      {children}
    </span>
  );
}

"use client";

import { useSyncExternalStore } from "react";
import { fillPlaceholders } from "@/lib/content/placeholders";

function subscribeToClock(tick: () => void) {
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000);

/**
 * Counts down to a real end time stored with the promotion (B7): reloading never resets it, and
 * when it reaches zero it says so instead of starting again. Server HTML shows the end date.
 */
export function Countdown({ endsAt, localeTag, endsInLabel, template, endedLabel }: {
  endsAt: string;
  localeTag: string;
  endsInLabel: string;
  /** "{days} d {hours} h {minutes} min {seconds} s" */
  template: string;
  endedLabel: string;
}) {
  const nowSeconds = useSyncExternalStore(subscribeToClock, currentSecond, () => null);
  if (nowSeconds === null) return null;
  const left = Math.max(0, new Date(endsAt).getTime() - nowSeconds * 1000);
  if (left === 0) return <span>{endedLabel}</span>;
  const number = new Intl.NumberFormat(localeTag, { minimumIntegerDigits: 2 });
  const seconds = Math.floor(left / 1000);
  const parts = {
    days: new Intl.NumberFormat(localeTag).format(Math.floor(seconds / 86_400)),
    hours: number.format(Math.floor((seconds % 86_400) / 3600)),
    minutes: number.format(Math.floor((seconds % 3600) / 60)),
    seconds: number.format(seconds % 60),
  };
  return (
    <span>
      {endsInLabel} <span className="font-mono tabular-nums">{fillPlaceholders(template, parts)}</span>
    </span>
  );
}

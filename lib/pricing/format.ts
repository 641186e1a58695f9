import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatRateIn } from "@/lib/pricing/rate-format";
import type { DeliveryWindow } from "@/lib/pricing/types";

/** "Tue, Dec 2" in the shopper's language; calendar dates are formatted as such, never shifted by time zones. */
export function formatCalendarDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

export function formatWindow(window: DeliveryWindow, locale: Locale) {
  return { from: formatCalendarDate(window.from, locale), to: formatCalendarDate(window.to, locale) };
}

/** Basis points as a percentage in the shopper's locale: 825 → "8.25%", 1900 → "19%". */
export function formatRate(basisPoints: number, locale: Locale): string {
  return formatRateIn(basisPoints, localeTags[locale]);
}


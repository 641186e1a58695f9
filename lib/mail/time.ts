/**
 * A date and time in a mail: the reader's time zone is unknown there, so it is given in UTC and
 * the zone is named ("30 November 2026, 21:00 UTC").
 */
export function formatMailTime(at: Date, localeTag: string): string {
  return new Intl.DateTimeFormat(localeTag, { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(at);
}

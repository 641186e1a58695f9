import { formatInteger } from "@/lib/i18n/digits";
import { directionOf, localeTags, type Locale } from "@/lib/i18n/locales";
import { store } from "./config";

/** Any Monday (1 January 2024), so weekday n of the config is that date plus n − 1 days. */
const monday = Date.UTC(2024, 0, 1);
const day = (weekday: number) => monday + (weekday - 1) * 86_400_000;
const clock = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return monday + (hours! * 60 + minutes!) * 60_000;
};

/** The time zone's generic name in the locale ("Pacific Time", "وقت غرب امریکا"): the same all year, so any date will do. */
export function timeZoneName(locale: Locale, timeZone = store.contact.timeZone): string {
  return (
    new Intl.DateTimeFormat(localeTags[locale], { timeZone, timeZoneName: "longGeneric" }).formatToParts(monday).find((part) => part.type === "timeZoneName")?.value ??
    timeZone
  );
}

/** A wall-clock time of the store ("14:00") as the locale writes it: "2:00 PM", "۱۴:۰۰", "14:00". */
export function formatClock(locale: Locale, time: string): string {
  return new Intl.DateTimeFormat(localeTags[locale], { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(clock(time));
}

/**
 * The support hours in the locale's weekday names, clock and list style, without the zone:
 * "Mon – Fri 8:00 AM – 6:00 PM, Sat 9:00 AM – 1:00 PM"; "пн – пт 08:00–18:00, сб 09:00–13:00".
 */
export function formatOpeningHours(locale: Locale, hours = store.contact.hours): string {
  const tag = localeTags[locale];
  const weekday = new Intl.DateTimeFormat(tag, { weekday: "short", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(tag, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  const slots = hours.map(({ days: [first, last], opens, closes }) => {
    const days = first === last ? weekday.format(day(first)) : weekday.formatRange(day(first), day(last));
    return `${days} ${time.formatRange(clock(opens), clock(closes))}`;
  });
  return new Intl.ListFormat(tag, { type: "unit", style: "short" }).format(slots);
}

/** The support hours with the time zone named: what the footer, contact page and emails show. */
export function supportHours(locale: Locale): string {
  return `${formatOpeningHours(locale)} (${timeZoneName(locale)})`;
}

/** Left-to-right isolates (LRI … PDI) on RTL pages: a phone number or email in plain text must not be reordered. */
export const isolateLtr = (text: string, locale: Locale) => (directionOf(locale) === "rtl" ? `\u2066${text}\u2069` : text);

/** Values substituted into long-form content (messages/<locale>/pages.json), written the locale's way. */
export function contentPlaceholders(locale: Locale): Record<string, string> {
  return {
    storeName: store.name,
    returnDays: formatInteger(store.returnDays, locale),
    phone: isolateLtr(store.contact.phone, locale),
    email: isolateLtr(store.contact.email, locale),
    hours: supportHours(locale),
    cutoff: `${formatClock(locale, store.warehouse.cutoff)} (${timeZoneName(locale)})`,
  };
}

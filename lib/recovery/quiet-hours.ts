/**
 * Quiet hours in the shopper's time zone, with Intl alone: the zone's offset is read at the instant
 * itself, so a night that changes the clocks (DST) still ends at the local time the merchant set.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: Date, zone: string): WallClock & { seconds: number } {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(format.formatToParts(at).find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), minutes: part("hour") * 60 + part("minute"), seconds: part("second") };
}

/** How far the zone's clocks are ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: Date, zone: string): number {
  const local = wallClock(at, zone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, 0, local.minutes, local.seconds);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant the zone's clocks show `minutes` past midnight on the given local date (after the gap, if the clocks skip it). */
function instantAt(zone: string, { year, month, day }: Omit<WallClock, "minutes">, minutes: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const first = asUtc - offsetAt(new Date(asUtc), zone);
  return new Date(asUtc - offsetAt(new Date(first), zone));
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * When the quiet hours around `at` end in `zone` (e.g. 21:00–08:00: 08:00 local the next morning),
 * or null when `at` is outside them. A span whose start is after its end runs over midnight.
 */
export function quietHoursEnd(at: Date, zone: string, quietHours: { from: string; to: string }): Date | null {
  const from = minutesOf(quietHours.from);
  const to = minutesOf(quietHours.to);
  if (from === to) return null;
  const local = wallClock(at, zone);
  const quiet = from < to ? local.minutes >= from && local.minutes < to : local.minutes >= from || local.minutes < to;
  if (!quiet) return null;
  if (local.minutes < to) return instantAt(zone, local, to);
  // After the evening start: the end is tomorrow morning (Date.UTC rolls the day over the month's end).
  const tomorrow = new Date(Date.UTC(local.year, local.month - 1, local.day + 1));
  return instantAt(zone, { year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate() }, to);
}

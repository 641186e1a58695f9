/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD"), independent of the server's time zone.
 * Dates are handled as UTC midnights internally so adding days never crosses a DST change.
 */
export type CalendarDate = string;

const toUtc = (date: CalendarDate) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isWeekend(date: CalendarDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Local date and minutes since midnight of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): { date: CalendarDate; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function parseClock(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`Bad time of day ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

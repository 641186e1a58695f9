/**
 * The pricing admin's checks on shipping, warehouse and promotion rules: pure, so the domain
 * functions (lib/admin/shipping-rules.ts, warehouse.ts, promotions.ts) and their tests share them.
 * Each problem names its field and a reason the form turns into words next to that field.
 */
import type { RateTier } from "@/lib/pricing/types";

export interface Problem<Field extends string, Reason extends string> {
  field: Field;
  reason: Reason;
  /** Which tier (by position in the list), where the problem is one tier's. */
  index?: number;
  /** Which of the tier's amounts: its limit (`below`) or its price. */
  part?: "below" | "amount";
  /** The offending values (countries, dates, category slugs), where naming them helps. */
  values?: string[];
}

/** What a save answers: done, the record gone, or what is wrong with the input. */
export type RuleResult<P> = { ok: true; id: string } | { ok: false; reason: "not_found" } | { ok: false; reason: "invalid"; problems: P[] };

export const invalid = <P>(problems: P[]): { ok: false; reason: "invalid"; problems: P[] } => ({ ok: false, reason: "invalid", problems });

/** Lower-case ids as URLs and message keys use them: "europe", "outdoor-week". */
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const countryPattern = /^[A-Z]{2}$/;
/** Highest amount a rule takes, in minor units (a million in a two-decimal currency). */
export const maxAmount = 100_000_000;
export const maxTransitDays = 60;
export const maxHandlingDays = 30;
export const maxTiers = 8;

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** An ISO 3166-1 alpha-2 code the runtime knows a country for ("DE"; not "ZZ" or "EU"). */
export function isCountryCode(code: string): boolean {
  if (!countryPattern.test(code) || code === "EU" || code === "UN" || code === "ZZ") return false;
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

/** Typed country codes ("de, FR at") as a list, upper case, in the order typed. */
export function splitCountries(typed: string): string[] {
  return typed
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/* ── Shipping zones ─────────────────────────────────────────────────── */

export interface ZoneInput {
  id: string;
  countries: string[];
  domestic: boolean;
  position: number;
}
export type ZoneProblem = Problem<"id" | "countries" | "position", "bad_id" | "id_taken" | "no_countries" | "bad_country" | "duplicate_country" | "country_taken" | "bad_position">;

export function checkZone(zone: ZoneInput): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  if (!slugPattern.test(zone.id)) problems.push({ field: "id", reason: "bad_id" });
  if (!zone.countries.length) problems.push({ field: "countries", reason: "no_countries" });
  const bad = zone.countries.filter((code) => !isCountryCode(code));
  if (bad.length) problems.push({ field: "countries", reason: "bad_country", values: [...new Set(bad)] });
  const repeated = zone.countries.filter((code, i) => zone.countries.indexOf(code) !== i);
  if (repeated.length) problems.push({ field: "countries", reason: "duplicate_country", values: [...new Set(repeated)] });
  if (!isWhole(zone.position, 0, 9999)) problems.push({ field: "position", reason: "bad_position" });
  return problems;
}

/* ── Shipping methods ───────────────────────────────────────────────── */

export interface MethodInput {
  zoneId: string;
  service: "standard" | "express";
  carrier: string;
  rate: RateTier[];
  freeOver: number | null;
  transitDaysMin: number;
  transitDaysMax: number;
  position: number;
}
export type MethodField = "service" | "carrier" | "tiers" | "freeOver" | "transitDaysMin" | "transitDaysMax" | "position";
export type MethodReason =
  | "bad_service"
  | "bad_carrier"
  | "no_tiers"
  | "too_many_tiers"
  | "negative_amount"
  | "bad_amount"
  | "unsorted_tiers"
  | "open_tier"
  | "bad_transit"
  | "transit_order"
  | "bad_position"
  | "zone_not_found";
export type MethodProblem = Problem<MethodField, MethodReason>;

/** An amount problem: below zero, or not a whole number of minor units up to `maxAmount`. */
function amountProblem(value: number): "negative_amount" | "bad_amount" | null {
  if (typeof value !== "number" || Number.isNaN(value)) return "bad_amount";
  if (value < 0) return "negative_amount";
  return isWhole(value, 0, maxAmount) ? null : "bad_amount";
}

/**
 * A method's rules: tiers ascending by their upper limit (`below`, each above the one before) with
 * only the last open-ended (`below: null`), amounts of 0 or more, transit days 0 to 60 with the
 * minimum not above the maximum.
 */
export function checkMethod(method: MethodInput): MethodProblem[] {
  const problems: MethodProblem[] = [];
  if (method.service !== "standard" && method.service !== "express") problems.push({ field: "service", reason: "bad_service" });
  const carrier = method.carrier.trim();
  if (!carrier || carrier.length > 80) problems.push({ field: "carrier", reason: "bad_carrier" });
  if (!method.rate.length) problems.push({ field: "tiers", reason: "no_tiers" });
  if (method.rate.length > maxTiers) problems.push({ field: "tiers", reason: "too_many_tiers" });
  method.rate.forEach((tier, index) => {
    const amount = amountProblem(tier.amount);
    if (amount) problems.push({ field: "tiers", reason: amount, index, part: "amount" });
    if (tier.below !== null) {
      const below = amountProblem(tier.below);
      if (below) problems.push({ field: "tiers", reason: below, index, part: "below" });
      else if (tier.below === 0) problems.push({ field: "tiers", reason: "bad_amount", index, part: "below" });
      const previous = method.rate[index - 1]?.below;
      if (!below && index > 0 && previous !== null && previous !== undefined && tier.below <= previous) problems.push({ field: "tiers", reason: "unsorted_tiers", index, part: "below" });
    }
    const last = index === method.rate.length - 1;
    if (last !== (tier.below === null)) problems.push({ field: "tiers", reason: "open_tier", index, part: "below" });
  });
  if (method.freeOver !== null) {
    const free = amountProblem(method.freeOver);
    if (free) problems.push({ field: "freeOver", reason: free });
  }
  const minOk = isWhole(method.transitDaysMin, 0, maxTransitDays);
  const maxOk = isWhole(method.transitDaysMax, 0, maxTransitDays);
  if (!minOk) problems.push({ field: "transitDaysMin", reason: "bad_transit" });
  if (!maxOk) problems.push({ field: "transitDaysMax", reason: "bad_transit" });
  if (minOk && maxOk && method.transitDaysMin > method.transitDaysMax) problems.push({ field: "transitDaysMax", reason: "transit_order" });
  if (!isWhole(method.position, 0, 9999)) problems.push({ field: "position", reason: "bad_position" });
  return problems;
}

/* ── Warehouse ──────────────────────────────────────────────────────── */

/** The IANA name of a time zone as the runtime spells it ("america/new_york" → "America/New_York"), or null. */
export function canonicalTimeZone(typed: string): string | null {
  const value = typed.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A real calendar day "YYYY-MM-DD" between 2000 and 2199. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2199) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isClock = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export interface WarehouseInput {
  timeZone: string;
  cutoff: string;
  handlingDays: number;
  holidays: string[];
}
export type WarehouseProblem = Problem<"timeZone" | "cutoff" | "handlingDays" | "holidays", "bad_time_zone" | "bad_cutoff" | "bad_handling_days" | "bad_date" | "duplicate_date" | "not_found">;

export function checkWarehouse(warehouse: WarehouseInput): WarehouseProblem[] {
  const problems: WarehouseProblem[] = [];
  if (canonicalTimeZone(warehouse.timeZone) !== warehouse.timeZone) problems.push({ field: "timeZone", reason: "bad_time_zone" });
  if (!isClock(warehouse.cutoff)) problems.push({ field: "cutoff", reason: "bad_cutoff" });
  if (!isWhole(warehouse.handlingDays, 0, maxHandlingDays)) problems.push({ field: "handlingDays", reason: "bad_handling_days" });
  const bad = warehouse.holidays.filter((day) => !isCalendarDate(day));
  if (bad.length) problems.push({ field: "holidays", reason: "bad_date", values: bad });
  const repeated = warehouse.holidays.filter((day, i) => warehouse.holidays.indexOf(day) !== i);
  if (repeated.length) problems.push({ field: "holidays", reason: "duplicate_date", values: [...new Set(repeated)] });
  return problems;
}

/* ── Promotions ─────────────────────────────────────────────────────── */

export interface PromotionInput {
  id: string;
  percentOff: number;
  /** Category slugs; empty = the whole catalog. */
  categories: string[];
  startsAt: Date;
  endsAt: Date;
}
export type PromotionProblem = Problem<"id" | "percentOff" | "categories" | "startsAt" | "endsAt", "bad_id" | "id_taken" | "bad_percent" | "unknown_category" | "bad_date" | "window_order">;

export const minPromotionPercent = 1;
export const maxPromotionPercent = 90;

/** The checks that need no database (known categories are the domain's to check). */
export function checkPromotion(promotion: PromotionInput): PromotionProblem[] {
  const problems: PromotionProblem[] = [];
  if (!slugPattern.test(promotion.id)) problems.push({ field: "id", reason: "bad_id" });
  if (!isWhole(promotion.percentOff, minPromotionPercent, maxPromotionPercent)) problems.push({ field: "percentOff", reason: "bad_percent" });
  const unknown = promotion.categories.filter((slug) => !slugPattern.test(slug));
  if (unknown.length) problems.push({ field: "categories", reason: "unknown_category", values: unknown });
  const validStart = promotion.startsAt instanceof Date && !Number.isNaN(promotion.startsAt.getTime());
  const validEnd = promotion.endsAt instanceof Date && !Number.isNaN(promotion.endsAt.getTime());
  if (!validStart) problems.push({ field: "startsAt", reason: "bad_date" });
  if (!validEnd) problems.push({ field: "endsAt", reason: "bad_date" });
  if (validStart && validEnd && promotion.endsAt <= promotion.startsAt) problems.push({ field: "endsAt", reason: "window_order" });
  return problems;
}

export type PromotionState = "running" | "scheduled" | "over";

/** Whether a promotion runs at `now`, as `quote()` decides it: from its start (included) to its end (excluded). */
export function promotionState(promotion: { startsAt: Date; endsAt: Date }, now: Date): PromotionState {
  if (now < promotion.startsAt) return "scheduled";
  return now < promotion.endsAt ? "running" : "over";
}

/* ── Wall-clock times in the store's time zone ──────────────────────── */

function wallClock(at: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** An instant as the time shown on a clock in `timeZone`, "YYYY-MM-DDTHH:MM" (a datetime-local field's value). */
export function toZonedInput(at: Date, timeZone: string): string {
  const c = wallClock(at.getTime(), timeZone);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`;
}

/**
 * The instant a clock in `timeZone` shows "YYYY-MM-DDTHH:MM" (seconds allowed), or null when it is
 * not such a time. A time skipped by a DST change is read with the offset from before it.
 */
export function fromZonedInput(typed: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(typed.trim());
  if (!match || !isCalendarDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  const [year, month, day] = match[1]!.split("-").map(Number) as [number, number, number];
  const wanted = Date.UTC(year, month - 1, day, Number(match[2]), Number(match[3]));
  const offset = (at: number) => {
    const c = wallClock(at, timeZone);
    return Date.UTC(Number(c.year), Number(c.month) - 1, Number(c.day), Number(c.hour), Number(c.minute)) - Math.floor(at / 60_000) * 60_000;
  };
  let at = wanted - offset(wanted);
  at = wanted - offset(at);
  return new Date(at);
}

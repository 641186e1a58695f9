import { addDays, isWeekend, localTime, parseClock, type CalendarDate } from "./calendar";
import type { DeliveryWindow, ShippingMethod, Warehouse } from "./types";

const isShippingDay = (date: CalendarDate, warehouse: Warehouse) => !isWeekend(date) && !warehouse.holidays.includes(date);

function nextShippingDay(date: CalendarDate, warehouse: Warehouse): CalendarDate {
  let day = date;
  while (!isShippingDay(day, warehouse)) day = addDays(day, 1);
  return day;
}

/** Adds business days (Mon–Fri); carriers do not deliver on weekends. */
export function addBusinessDays(date: CalendarDate, days: number): CalendarDate {
  let day = date;
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left--;
  }
  return day;
}

/**
 * The day an order placed at `at` leaves the warehouse: today if it is a shipping day and the
 * cut-off has not passed, else the next shipping day; then `handlingDays` more shipping days.
 */
export function dispatchDate(at: Date, warehouse: Warehouse): CalendarDate {
  const local = localTime(at, warehouse.timeZone);
  let day = local.date;
  if (!isShippingDay(day, warehouse) || local.minutes >= parseClock(warehouse.cutoff)) day = addDays(day, 1);
  day = nextShippingDay(day, warehouse);
  for (let i = 0; i < warehouse.handlingDays; i++) day = nextShippingDay(addDays(day, 1), warehouse);
  return day;
}

export function deliveryWindow(at: Date, warehouse: Warehouse, method: Pick<ShippingMethod, "transitDays">): DeliveryWindow {
  const dispatched = dispatchDate(at, warehouse);
  return {
    from: addBusinessDays(dispatched, method.transitDays.min),
    to: addBusinessDays(dispatched, method.transitDays.max),
  };
}

/**
 * Minutes left to make today's dispatch, when it is close enough to be worth saying
 * ("order within 3 h 12 min"); null when today's cut-off is not reachable or far away.
 */
export function minutesToCutoff(at: Date, warehouse: Warehouse, withinMinutes = 6 * 60): number | null {
  const local = localTime(at, warehouse.timeZone);
  if (!isShippingDay(local.date, warehouse)) return null;
  const left = parseClock(warehouse.cutoff) - local.minutes;
  return left > 0 && left <= withinMinutes ? left : null;
}

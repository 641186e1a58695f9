import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "./audit";
import { checkWarehouse, invalid, isCalendarDate, type RuleResult, type WarehouseInput, type WarehouseProblem } from "./pricing-checks";

/** The one warehouse the storefront's delivery dates count from (`loadPricingRules` reads id "main"). */
export const warehouseId = "main";

export type AdminWarehouse = WarehouseInput;

export async function loadWarehouse(db: Executor): Promise<AdminWarehouse | null> {
  const [row] = await queryRows<AdminWarehouse>(
    db,
    sql`select time_zone as "timeZone", cutoff, handling_days as "handlingDays", holidays from warehouses where id = ${warehouseId}`,
  );
  return row ? { ...row, holidays: [...row.holidays].sort() } : null;
}

export type WarehouseResult = RuleResult<WarehouseProblem>;

async function lockWarehouse(tx: Executor): Promise<AdminWarehouse | null> {
  const [row] = await queryRows<AdminWarehouse>(
    tx,
    sql`select time_zone as "timeZone", cutoff, handling_days as "handlingDays", holidays from warehouses where id = ${warehouseId} for update`,
  );
  return row ?? null;
}

async function write(tx: Executor, warehouse: AdminWarehouse, exists: boolean) {
  const holidays = JSON.stringify([...warehouse.holidays].sort());
  await tx.execute(
    exists
      ? sql`update warehouses set time_zone = ${warehouse.timeZone}, cutoff = ${warehouse.cutoff}, handling_days = ${warehouse.handlingDays}, holidays = ${holidays}::jsonb where id = ${warehouseId}`
      : sql`insert into warehouses (id, time_zone, cutoff, handling_days, holidays) values (${warehouseId}, ${warehouse.timeZone}, ${warehouse.cutoff}, ${warehouse.handlingDays}, ${holidays}::jsonb)`,
  );
}

/**
 * Sets the warehouse's time zone (an IANA name), daily cut-off ("HH:MM", local), handling days and,
 * when given, its whole list of holidays. Every delivery window the storefront quotes next counts
 * from these.
 */
export async function saveWarehouse(
  db: Executor,
  { warehouse, actor, now = new Date() }: { warehouse: Omit<WarehouseInput, "holidays"> & { holidays?: string[] }; actor: Actor; now?: Date },
): Promise<WarehouseResult> {
  return db.transaction(async (tx) => {
    const before = await lockWarehouse(tx);
    const after: AdminWarehouse = { ...warehouse, holidays: warehouse.holidays ?? before?.holidays ?? [] };
    const problems = checkWarehouse(after);
    if (problems.length) return invalid(problems);
    after.holidays = [...after.holidays].sort();
    await write(tx, after, before !== null);
    await recordAudit(tx, { actor, action: "warehouse.update", subjectType: "warehouse", subjectId: warehouseId, before: before ? { ...before } : null, after: { ...after }, at: now });
    return { ok: true, id: warehouseId } as const;
  });
}

/** Adds a day on which nothing ships; a day that is not a real date, or one already listed, is refused. */
export async function addHoliday(db: Executor, { date, actor, now = new Date() }: { date: string; actor: Actor; now?: Date }): Promise<WarehouseResult> {
  if (!isCalendarDate(date)) return invalid<WarehouseProblem>([{ field: "holidays", reason: "bad_date", values: [date] }]);
  return db.transaction(async (tx) => {
    const before = await lockWarehouse(tx);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (before.holidays.includes(date)) return invalid<WarehouseProblem>([{ field: "holidays", reason: "duplicate_date", values: [date] }]);
    const after = { ...before, holidays: [...before.holidays, date].sort() };
    await write(tx, after, true);
    await recordAudit(tx, { actor, action: "warehouse.holiday_add", subjectType: "warehouse", subjectId: warehouseId, before: { holidays: before.holidays }, after: { holidays: after.holidays, added: date }, at: now });
    return { ok: true, id: warehouseId } as const;
  });
}

export async function removeHoliday(db: Executor, { date, actor, now = new Date() }: { date: string; actor: Actor; now?: Date }): Promise<WarehouseResult> {
  return db.transaction(async (tx) => {
    const before = await lockWarehouse(tx);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (!before.holidays.includes(date)) return invalid<WarehouseProblem>([{ field: "holidays", reason: "not_found", values: [date] }]);
    const after = { ...before, holidays: before.holidays.filter((day) => day !== date) };
    await write(tx, after, true);
    await recordAudit(tx, { actor, action: "warehouse.holiday_remove", subjectType: "warehouse", subjectId: warehouseId, before: { holidays: before.holidays }, after: { holidays: after.holidays, removed: date }, at: now });
    return { ok: true, id: warehouseId } as const;
  });
}

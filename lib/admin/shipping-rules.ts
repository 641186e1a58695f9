import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { RateTier } from "@/lib/pricing/types";
import { recordAudit, type Actor } from "./audit";
import { checkMethod, checkZone, invalid, type MethodInput, type MethodProblem, type RuleResult, type ZoneInput, type ZoneProblem } from "./pricing-checks";

export interface AdminShippingMethod {
  id: string;
  zoneId: string;
  service: "standard" | "express";
  carrier: string;
  /** Tiers by subtotal, minor units of the store currency; the last has `below: null`. */
  rate: RateTier[];
  freeOver: number | null;
  transitDaysMin: number;
  transitDaysMax: number;
  position: number;
}

export interface AdminShippingZone {
  id: string;
  countries: string[];
  domestic: boolean;
  position: number;
  methods: AdminShippingMethod[];
}

const methodColumns = sql`id, zone_id as "zoneId", service, carrier, rate, free_over as "freeOver", transit_days_min as "transitDaysMin", transit_days_max as "transitDaysMax", position`;

/** Every zone in the order the storefront lists them, each with its methods. */
export async function listShippingZones(db: Executor): Promise<AdminShippingZone[]> {
  const [zones, methods] = await Promise.all([
    queryRows<Omit<AdminShippingZone, "methods">>(db, sql`select id, countries, domestic, position from shipping_zones order by position, id`),
    queryRows<AdminShippingMethod>(db, sql`select ${methodColumns} from shipping_methods order by position, id`),
  ]);
  return zones.map((zone) => ({ ...zone, methods: methods.filter((method) => method.zoneId === zone.id) }));
}

export async function loadShippingZone(db: Executor, id: string): Promise<AdminShippingZone | null> {
  return (await listShippingZones(db)).find((zone) => zone.id === id) ?? null;
}

export type ZoneResult = RuleResult<ZoneProblem>;

/**
 * Creates a zone (`isNew`) or changes one; its id never changes (methods and the storefront's
 * names refer to it). A country may be in one zone only: one that another zone has is refused,
 * naming the zone. The table is locked for the check, so two staff cannot both take a country.
 */
export async function saveShippingZone(
  db: Executor,
  { zone, isNew, actor, now = new Date() }: { zone: ZoneInput; isNew: boolean; actor: Actor; now?: Date },
): Promise<ZoneResult> {
  const problems = checkZone(zone);
  if (problems.length) return invalid(problems);
  return db.transaction(async (tx) => {
    // Locks out other zone writes (new rows too) until this one commits: two staff cannot both take a country.
    await tx.execute(sql`lock table shipping_zones in share row exclusive mode`);
    const zones = await queryRows<Omit<AdminShippingZone, "methods">>(tx, sql`select id, countries, domestic, position from shipping_zones order by id`);
    const before = zones.find((row) => row.id === zone.id);
    if (isNew && before) return invalid<ZoneProblem>([{ field: "id", reason: "id_taken" }]);
    if (!isNew && !before) return { ok: false, reason: "not_found" } as const;
    const taken = zones.filter((row) => row.id !== zone.id).flatMap((row) => zone.countries.filter((code) => row.countries.includes(code)).map((code) => `${code}:${row.id}`));
    if (taken.length) return invalid<ZoneProblem>([{ field: "countries", reason: "country_taken", values: taken }]);
    const countries = JSON.stringify(zone.countries);
    await tx.execute(
      isNew
        ? sql`insert into shipping_zones (id, countries, domestic, position) values (${zone.id}, ${countries}::jsonb, ${zone.domestic}, ${zone.position})`
        : sql`update shipping_zones set countries = ${countries}::jsonb, domestic = ${zone.domestic}, position = ${zone.position} where id = ${zone.id}`,
    );
    await recordAudit(tx, { actor, action: isNew ? "shipping_zone.create" : "shipping_zone.update", subjectType: "shipping_zone", subjectId: zone.id, before: before ? { ...before } : null, after: { ...zone }, at: now });
    return { ok: true, id: zone.id } as const;
  });
}

/**
 * Carts and checkouts that chose one of these methods forget the choice (their next quote offers
 * the zone's cheapest again); orders keep theirs, as text: an order shows its shipping amount
 * whether or not its method still exists.
 */
async function forgetMethods(tx: Executor, ids: string[]): Promise<{ carts: number; checkouts: number }> {
  let carts = 0;
  let checkouts = 0;
  for (const id of ids) {
    carts += (await queryRows(tx, sql`update carts set shipping_method_id = null where shipping_method_id = ${id} returning id`)).length;
    checkouts += (await queryRows(tx, sql`update checkouts set draft = draft - 'shippingMethodId' where draft->>'shippingMethodId' = ${id} returning cart_id`)).length;
  }
  return { carts, checkouts };
}

/** Removes a zone and its methods (its countries are then not shipped to); carts that chose one of them forget it. */
export async function removeShippingZone(db: Executor, { id, actor, now = new Date() }: { id: string; actor: Actor; now?: Date }): Promise<RuleResult<never>> {
  return db.transaction(async (tx) => {
    const [zone] = await queryRows<Omit<AdminShippingZone, "methods">>(tx, sql`select id, countries, domestic, position from shipping_zones where id = ${id} for update`);
    if (!zone) return { ok: false, reason: "not_found" } as const;
    const methods = await queryRows<AdminShippingMethod>(tx, sql`select ${methodColumns} from shipping_methods where zone_id = ${id} order by position, id for update`);
    const forgotten = await forgetMethods(tx, methods.map((method) => method.id));
    await tx.execute(sql`delete from shipping_methods where zone_id = ${id}`);
    await tx.execute(sql`delete from shipping_zones where id = ${id}`);
    await recordAudit(tx, { actor, action: "shipping_zone.remove", subjectType: "shipping_zone", subjectId: id, before: { ...zone, methods }, after: { forgotten }, at: now });
    return { ok: true, id } as const;
  });
}

export type MethodResult = RuleResult<MethodProblem>;

/** A new method's id: its zone and service ("europe-express"), numbered when taken ("europe-express-2"). */
async function newMethodId(tx: Executor, zoneId: string, service: string): Promise<string> {
  const base = `${zoneId}-${service}`;
  const rows = await queryRows<{ id: string }>(tx, sql`select id from shipping_methods where id = ${base} or id like ${`${base}-%`}`);
  const taken = new Set(rows.map((row) => row.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * Creates a method in a zone (`id` null: its id is made from the zone and the service) or changes
 * one (which stays in its zone). The next quote to the zone's countries prices with it.
 */
export async function saveShippingMethod(
  db: Executor,
  { id, method, actor, now = new Date() }: { id: string | null; method: MethodInput; actor: Actor; now?: Date },
): Promise<MethodResult> {
  const problems = checkMethod(method);
  if (problems.length) return invalid(problems);
  return db.transaction(async (tx) => {
    const [zone] = await queryRows<{ id: string }>(tx, sql`select id from shipping_zones where id = ${method.zoneId} for share`);
    if (!zone) return invalid<MethodProblem>([{ field: "service", reason: "zone_not_found" }]);
    const [before] = id === null ? [] : await queryRows<AdminShippingMethod>(tx, sql`select ${methodColumns} from shipping_methods where id = ${id} for update`);
    if (id !== null && (!before || before.zoneId !== method.zoneId)) return { ok: false, reason: "not_found" } as const;
    const savedId = id ?? (await newMethodId(tx, method.zoneId, method.service));
    const carrier = method.carrier.trim();
    const rate = JSON.stringify(method.rate);
    await tx.execute(
      id === null
        ? sql`insert into shipping_methods (id, zone_id, service, carrier, rate, free_over, transit_days_min, transit_days_max, position)
              values (${savedId}, ${method.zoneId}, ${method.service}, ${carrier}, ${rate}::jsonb, ${method.freeOver}, ${method.transitDaysMin}, ${method.transitDaysMax}, ${method.position})`
        : sql`update shipping_methods set service = ${method.service}, carrier = ${carrier}, rate = ${rate}::jsonb, free_over = ${method.freeOver},
                transit_days_min = ${method.transitDaysMin}, transit_days_max = ${method.transitDaysMax}, position = ${method.position} where id = ${savedId}`,
    );
    await recordAudit(tx, {
      actor,
      action: id === null ? "shipping_method.create" : "shipping_method.update",
      subjectType: "shipping_method",
      subjectId: savedId,
      before: before ? { ...before } : null,
      after: { ...method, carrier, id: savedId },
      at: now,
    });
    return { ok: true, id: savedId } as const;
  });
}

/**
 * Removes a method. Orders name it as text and keep it; carts and checkouts that chose it forget
 * the choice (how many is in the audit row), so their next quote offers the zone's cheapest.
 */
export async function removeShippingMethod(db: Executor, { id, actor, now = new Date() }: { id: string; actor: Actor; now?: Date }): Promise<RuleResult<never>> {
  return db.transaction(async (tx) => {
    const [removed] = await queryRows<AdminShippingMethod>(tx, sql`delete from shipping_methods where id = ${id} returning ${methodColumns}`);
    if (!removed) return { ok: false, reason: "not_found" } as const;
    const forgotten = await forgetMethods(tx, [id]);
    await recordAudit(tx, { actor, action: "shipping_method.remove", subjectType: "shipping_method", subjectId: id, before: { ...removed }, after: { forgotten }, at: now });
    return { ok: true, id } as const;
  });
}

/** The next free position at the end of a list. */
export async function nextZonePosition(db: Executor): Promise<number> {
  const [row] = await queryRows<{ next: number }>(db, sql`select coalesce(max(position) + 1, 0)::int as next from shipping_zones`);
  return row?.next ?? 0;
}

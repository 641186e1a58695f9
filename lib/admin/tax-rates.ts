import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "./audit";

export interface AdminTaxRate {
  id: number;
  country: string;
  region: string | null;
  /** Basis points: 1900 = 19 %. */
  rate: number;
  inclusive: boolean;
  appliesToShipping: boolean;
  label: "vat" | "salesTax" | "gst";
}

/** Every tax rate, by country then region (the country-wide rate first). */
export async function listTaxRates(db: Executor): Promise<AdminTaxRate[]> {
  return queryRows<AdminTaxRate>(
    db,
    sql`select id, country, region, rate, inclusive, applies_to_shipping as "appliesToShipping", label from tax_rates order by country, region nulls first`,
  );
}

export const taxRateInput = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  region: z
    .string()
    .regex(/^[A-Z0-9]{1,3}$/)
    .nullable(),
  /** Basis points, 0 to 100 %. */
  rate: z.number().int().min(0).max(10_000),
  inclusive: z.boolean(),
  appliesToShipping: z.boolean(),
  label: z.enum(["vat", "salesTax", "gst"]),
});
export type TaxRateInput = z.infer<typeof taxRateInput>;

export type TaxRateResult = { ok: true } | { ok: false; reason: "exists" | "not_found" };

/**
 * Adds a rate for a country (or one of its regions), changes one, or removes one. The pricing
 * tables announce each change (migration 0012): the next quote, on every instance, uses it.
 */
export async function saveTaxRate(
  db: Executor,
  { id, rate, actor, now = new Date() }: { id: number | null; rate: TaxRateInput; actor: Actor; now?: Date },
): Promise<TaxRateResult> {
  return db.transaction(async (tx) => {
    const [before] = id === null ? [] : await queryRows<AdminTaxRate>(tx, sql`select id, country, region, rate, inclusive, applies_to_shipping as "appliesToShipping", label from tax_rates where id = ${id} for update`);
    if (id !== null && !before) return { ok: false, reason: "not_found" };
    const [clash] = await queryRows<{ id: number }>(
      tx,
      sql`select id from tax_rates where country = ${rate.country} and coalesce(region, '') = ${rate.region ?? ""} and id is distinct from ${id}`,
    );
    if (clash) return { ok: false, reason: "exists" };
    const [saved] = await queryRows<{ id: number }>(
      tx,
      id === null
        ? sql`insert into tax_rates (country, region, rate, inclusive, applies_to_shipping, label)
              values (${rate.country}, ${rate.region}, ${rate.rate}, ${rate.inclusive}, ${rate.appliesToShipping}, ${rate.label}) returning id`
        : sql`update tax_rates set country = ${rate.country}, region = ${rate.region}, rate = ${rate.rate}, inclusive = ${rate.inclusive},
                applies_to_shipping = ${rate.appliesToShipping}, label = ${rate.label} where id = ${id} returning id`,
    );
    await recordAudit(tx, { actor, action: id === null ? "tax_rate.create" : "tax_rate.update", subjectType: "tax_rate", subjectId: String(saved!.id), before: before ? { ...before } : null, after: { ...rate }, at: now });
    return { ok: true };
  });
}

export async function removeTaxRate(db: Executor, { id, actor, now = new Date() }: { id: number; actor: Actor; now?: Date }): Promise<TaxRateResult> {
  return db.transaction(async (tx) => {
    const [removed] = await queryRows<AdminTaxRate>(
      tx,
      sql`delete from tax_rates where id = ${id} returning id, country, region, rate, inclusive, applies_to_shipping as "appliesToShipping", label`,
    );
    if (!removed) return { ok: false, reason: "not_found" };
    await recordAudit(tx, { actor, action: "tax_rate.remove", subjectType: "tax_rate", subjectId: String(id), before: { ...removed }, after: null, at: now });
    return { ok: true };
  });
}

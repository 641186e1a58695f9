import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import { listTaxRates, removeTaxRate, saveTaxRate } from "@/lib/admin/tax-rates";
import { loadPricingRules } from "@/lib/pricing/queries";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const actor = { id: null, email: "staff@example.com" };

describe.each(testDatabases())("admin tax rates on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await openWithCatalog(target)).handle;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const rulesRate = async (country: string, region: string | null) =>
    (await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" })).taxRates.find((rate) => rate.country === country && (rate.region ?? null) === region);

  it("adds, changes and removes a rate; the next pricing read uses it; every write is audited", async () => {
    const rate = { country: "NZ", region: null, rate: 1500, inclusive: true, appliesToShipping: true, label: "gst" as const };
    expect(await saveTaxRate(handle.db, { id: null, rate, actor })).toEqual({ ok: true });
    expect(await rulesRate("NZ", null)).toMatchObject({ rate: 1500, label: "gst" });
    expect(await saveTaxRate(handle.db, { id: null, rate: { ...rate, rate: 1000 }, actor })).toEqual({ ok: false, reason: "exists" });
    const id = (await listTaxRates(handle.db)).find((row) => row.country === "NZ")!.id;
    expect(await saveTaxRate(handle.db, { id, rate: { ...rate, rate: 1250 }, actor })).toEqual({ ok: true });
    expect(await rulesRate("NZ", null)).toMatchObject({ rate: 1250 });
    expect(await removeTaxRate(handle.db, { id, actor })).toEqual({ ok: true });
    expect(await rulesRate("NZ", null)).toBeUndefined();
    expect(await removeTaxRate(handle.db, { id, actor })).toEqual({ ok: false, reason: "not_found" });
    expect(await saveTaxRate(handle.db, { id, rate, actor })).toEqual({ ok: false, reason: "not_found" });
    const audits = await queryRows<{ action: string }>(handle.db, sql`select action from admin_audit where subject_type = 'tax_rate' and subject_id = ${String(id)} order by id`);
    expect(audits.map((row) => row.action)).toEqual(["tax_rate.create", "tax_rate.update", "tax_rate.remove"]);
  });

  it("a region's rate stands beside its country's, and two rates for one place are refused", async () => {
    const california = (await listTaxRates(handle.db)).find((row) => row.country === "US" && row.region === "CA")!;
    expect(await saveTaxRate(handle.db, { id: null, rate: { ...california, region: "CA" }, actor })).toEqual({ ok: false, reason: "exists" });
    expect(await saveTaxRate(handle.db, { id: california.id, rate: { ...california, rate: 800 }, actor })).toEqual({ ok: true });
    expect(await rulesRate("US", "CA")).toMatchObject({ rate: 800 });
  });
});

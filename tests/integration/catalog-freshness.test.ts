import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { catalogVersionTracker, type CatalogVersions } from "@/lib/catalog/freshness";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

// What retires cached catalog pages: the database announces each committed change (migration 0012).
describe.each(testDatabases())("catalog change announcements on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let versions: CatalogVersions;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    versions = await catalogVersionTracker(handle).ready();
  });
  afterAll(async () => handle?.close());

  const snapshot = () => ({
    mug: versions.product("stoneware-mug"),
    pen: versions.product("brass-bolt-action-pen"),
    listing: versions.listing(),
    pricing: versions.pricing(),
  });

  it("a price edited in SQL retires that product's page and the listings, nothing else", async () => {
    const before = snapshot();
    const mug = await variant("stoneware-mug", { color: "navy" });
    await handle.db.execute(sql`update variants set price = price + 100 where id = ${mug}`);
    await expect.poll(() => versions.product("stoneware-mug"), { timeout: 2_000 }).not.toBe(before.mug);
    expect(versions.listing()).not.toBe(before.listing);
    expect(versions.product("brass-bolt-action-pen")).toBe(before.pen);
    expect(versions.pricing()).toBe(before.pricing);
  });

  it("stock taken by an order (a reservation) and a new review each retire the product's page", async () => {
    const pen = await variant("brass-bolt-action-pen", {});
    let before = snapshot();
    await handle.db.execute(sql`update inventory set reserved = reserved + 1 where variant_id = ${pen}`);
    await expect.poll(() => versions.product("brass-bolt-action-pen"), { timeout: 2_000 }).not.toBe(before.pen);
    expect(versions.product("stoneware-mug")).toBe(before.mug);

    before = snapshot();
    await handle.db.execute(
      sql`insert into reviews (product_id, author_name, rating, title, body, locale)
          select id, 'Sam', 5, 'Writes well', 'Smooth.', 'en' from products where slug = 'brass-bolt-action-pen'`,
    );
    await expect.poll(() => versions.product("brass-bolt-action-pen"), { timeout: 2_000 }).not.toBe(before.pen);
  });

  it("a change that rolls back announces nothing", async () => {
    const before = snapshot();
    const mug = await variant("stoneware-mug", { color: "navy" });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`update variants set price = price + 1 where id = ${mug}`);
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(snapshot()).toEqual(before);
  });

  it("shipping, tax or market changes retire the pricing rules; a category change every page", async () => {
    let before = snapshot();
    await handle.db.execute(sql`update tax_rates set rate = rate`);
    await expect.poll(() => versions.pricing(), { timeout: 2_000 }).not.toBe(before.pricing);
    expect(versions.product("stoneware-mug")).toBe(before.mug);

    before = snapshot();
    await handle.db.execute(sql`update categories set image = image`);
    await expect.poll(() => versions.listing(), { timeout: 2_000 }).not.toBe(before.listing);
    expect(versions.product("stoneware-mug")).not.toBe(before.mug);
    expect(versions.product("brass-bolt-action-pen")).not.toBe(before.pen);
  });
});

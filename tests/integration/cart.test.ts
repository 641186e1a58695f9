import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { insertEvent } from "@/lib/analytics/queries";
import { cartChangeHub, cartOwnerKey } from "@/lib/cart/live";
import { recommendForCart } from "@/lib/cart/recommendations";
import { changeLine, countCartItems, getCartView, setCartCoupon, setCartDestination } from "@/lib/cart/queries";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";

describe.each(testDatabases())("cart on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  const visitor = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

  it("adds, changes and removes lines, re-checking stock and the per-order limit", async () => {
    const shirtM = await variant("oxford-button-down", { size: "M", color: "white" });
    const shirtL = await variant("oxford-button-down", { size: "L", color: "white" });
    const v = visitor(1);
    expect(await changeLine(handle.db, { visitorId: v, variantId: shirtM, quantity: 2, mode: "add" })).toMatchObject({ ok: true, quantity: 2 });
    // Limit 3 per order counts the other size too.
    expect(await changeLine(handle.db, { visitorId: v, variantId: shirtL, quantity: 2, mode: "add" })).toEqual({
      ok: false,
      error: { code: "limit", limit: 3 },
      quantity: 0,
    });
    expect(await changeLine(handle.db, { visitorId: v, variantId: shirtL, quantity: 1, mode: "add" })).toMatchObject({ ok: true, quantity: 1 });
    expect(await countCartItems(handle.db, { visitorId: v })).toBe(3);
    expect(await changeLine(handle.db, { visitorId: v, variantId: shirtM, quantity: 0, mode: "set" })).toMatchObject({ ok: true, quantity: 0, removed: 2 });
    expect((await getCartView(handle.db, { visitorId: v, locale: "en" }))!.lines.map((l) => l.variantId)).toEqual([shirtL]);
  });

  it("refuses more than is in stock and sold-out or unknown variants, changing nothing", async () => {
    const pen = await variant("brass-bolt-action-pen", {});
    const vase = await variant("hand-thrown-bud-vase", { color: "sage" });
    const v = visitor(2);
    await changeLine(handle.db, { visitorId: v, variantId: pen, quantity: 1, mode: "add" });
    await setCartCoupon(handle.db, { visitorId: v, code: "WELCOME10" });
    const before = await getCartView(handle.db, { visitorId: v, locale: "en" });
    // Adding past the stock refuses; setting past it sets the most that may be bought, and says why.
    expect(await changeLine(handle.db, { visitorId: v, variantId: pen, quantity: 50, mode: "add" })).toMatchObject({ ok: false, quantity: 1 });
    expect(await changeLine(handle.db, { visitorId: v, variantId: vase, quantity: 1, mode: "add" })).toMatchObject({ ok: false, error: { code: "sold_out" } });
    expect(await changeLine(handle.db, { visitorId: v, variantId: 99_999_999, quantity: 1, mode: "add" })).toMatchObject({ ok: false, error: { code: "unknown_variant" } });
    const after = await getCartView(handle.db, { visitorId: v, locale: "en" });
    expect(after!.lines).toEqual(before!.lines);
    expect(after!.couponCode).toBe("WELCOME10");
    const capped = await changeLine(handle.db, { visitorId: v, variantId: pen, quantity: 99, mode: "set" });
    expect(capped).toMatchObject({ ok: true, capped: { code: expect.stringMatching(/only_left|limit/) } });
    expect(capped.quantity).toBeGreaterThan(1);
    expect(capped.quantity).toBeLessThan(99);
  });

  it("remembers the chosen destination on the cart", async () => {
    const mug = await variant("stoneware-mug", { color: "sage" });
    const v = visitor(6);
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 1, mode: "add" });
    await setCartDestination(handle.db, { visitorId: v, destination: { country: "DE", postalCode: "10115", region: null } });
    const [row] = await queryRows<{ destination: unknown }>(handle.db, sql`select destination from carts where visitor_id = ${v}`);
    expect(row!.destination).toEqual({ country: "DE", postalCode: "10115", region: null });
  });

  it("recommends what the visitor viewed and alternatives, never what is in the cart or sold out", async () => {
    const v = visitor(7);
    const [viewed] = await queryRows<{ id: number }>(handle.db, sql`select id from products where slug = 'enamel-camp-mug'`);
    const [soldOut] = await queryRows<{ id: number }>(handle.db, sql`select id from products where slug = 'hand-thrown-bud-vase'`);
    await insertEvent(handle.db, { name: "product_view", props: { productId: viewed!.id, slug: "enamel-camp-mug", variantId: null }, visitorId: v, device: "desktop", locale: "en", path: null });
    await insertEvent(handle.db, { name: "product_view", props: { productId: soldOut!.id, slug: "hand-thrown-bud-vase", variantId: null }, visitorId: v, device: "desktop", locale: "en", path: null });
    const shirtM = await variant("oxford-button-down", { size: "M", color: "white" });
    const added = await changeLine(handle.db, { visitorId: v, variantId: shirtM, quantity: 1, mode: "add" });
    const [shirt] = await queryRows<{ id: number; categoryId: number }>(handle.db, sql`select id, category_id as "categoryId" from products where slug = 'oxford-button-down'`);
    const ids = await recommendForCart(handle.db, { visitorId: v, cartId: added.ok ? added.cartId : "", limit: 4 });
    expect(ids[0]).toBe(viewed!.id);
    expect(ids).not.toContain(shirt!.id);
    expect(ids).not.toContain(soldOut!.id);
    const categories = await queryRows<{ categoryId: number }>(
      handle.db,
      sql`select category_id as "categoryId" from products where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
    );
    expect(categories.some((c) => c.categoryId === shirt!.categoryId)).toBe(true);
  });

  it("announces every committed cart change to listeners of that cart only", async () => {
    const hub = cartChangeHub(handle);
    const v = visitor(8);
    const mug = await variant("stoneware-mug", { color: "navy" });
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 1, mode: "add" });
    const cartId = (await getCartView(handle.db, { visitorId: v, locale: "en" }))!.id;
    let heard = 0;
    let otherHeard = 0;
    const stop = await hub.subscribe(cartId, () => heard++);
    const stopOther = await hub.subscribe("00000000-0000-4000-8000-000000000000", () => otherHeard++);
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 2, mode: "set" });
    await setCartCoupon(handle.db, { visitorId: v, code: "WELCOME10" });
    await expect.poll(() => heard, { timeout: 2_000 }).toBe(2);
    // A refused change commits nothing and announces nothing.
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 99, mode: "add" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toBe(2);
    expect(otherHeard).toBe(0);
    stop();
    stopOther();
  });

  it("announces a shopper's first cart on their owner key, for a tab that opened before it existed", async () => {
    const hub = cartChangeHub(handle);
    const v = visitor(9);
    let heard = 0;
    let otherHeard = 0;
    const stop = await hub.subscribe(cartOwnerKey({ visitorId: v }), () => heard++);
    const stopOther = await hub.subscribe(cartOwnerKey({ visitorId: visitor(10) }), () => otherHeard++);
    const mug = await variant("stoneware-mug", { color: "navy" });
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 1, mode: "add" });
    await expect.poll(() => heard, { timeout: 2_000 }).toBe(1);
    // Once the cart exists its changes are announced under its id, not the owner's again.
    await changeLine(handle.db, { visitorId: v, variantId: mug, quantity: 2, mode: "set" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toBe(1);
    expect(otherHeard).toBe(0);
    stop();
    stopOther();
  });

  it("keeps each visitor's cart to themselves", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    await changeLine(handle.db, { visitorId: visitor(3), variantId: mug, quantity: 1, mode: "add" });
    expect(await getCartView(handle.db, { visitorId: visitor(4), locale: "en" })).toBeNull();
    expect(await countCartItems(handle.db, { visitorId: visitor(4) })).toBe(0);
  });

  it.runIf(target.name === "postgres" && hasPostgres())("ends consistent under concurrent adds to one cart", async () => {
    const bottle = await variant("insulated-steel-bottle-750ml", { color: "navy" });
    const v = visitor(5);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => changeLine(handle.db, { visitorId: v, variantId: bottle, quantity: 1, mode: "add" })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const cart = await getCartView(handle.db, { visitorId: v, locale: "en" });
    expect(cart!.lines).toHaveLength(1);
    expect(cart!.lines[0]!.quantity).toBe(12);
    const [{ carts }] = (await queryRows<{ carts: number }>(handle.db, sql`select count(*)::int as carts from carts where visitor_id = ${v}`)) as [{ carts: number }];
    expect(carts).toBe(1);
  });
});

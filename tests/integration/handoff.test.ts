import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { claimHandoff, createHandoff, previewHandoff } from "@/lib/cart/handoff";
import { mergeCarts } from "@/lib/cart/merge";
import { changeLine, getCartView, setCartCoupon, type CartRef } from "@/lib/cart/queries";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";

describe.each(testDatabases())("cart hand-off and merge on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  const visitor = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
  /** A device: its visitor id and the cart its cookie names, updated like the browser's cookie would be. */
  const device = (n: number): CartRef => ({ visitorId: visitor(n), cartId: null });
  const add = async (ref: CartRef, variantId: number, quantity: number) => {
    const result = await changeLine(handle.db, { ...ref, variantId, quantity, mode: "add" });
    if (result.ok) ref.cartId = result.cartId;
    return result;
  };
  it("merges quantities, capped by stock and the per-order limit, and says what changed", async () => {
    const shirtM = await variant("oxford-button-down", { size: "M", color: "white" }); // limit 3 per order
    const shirtL = await variant("oxford-button-down", { size: "L", color: "white" });
    const mug = await variant("stoneware-mug", { color: "navy" });
    const laptop = device(1);
    const phone = device(2);
    await add(laptop, shirtM, 2);
    await add(laptop, mug, 1);
    await setCartCoupon(handle.db, { ...laptop, code: "WELCOME10" });
    await add(phone, shirtL, 2);
    await add(phone, mug, 2);
    const result = await handle.db.transaction((tx) => mergeCarts(tx, { from: phone.cartId!, into: laptop.cartId!, locale: "en" }));
    expect(result.changes).toEqual([
      expect.objectContaining({ variantId: shirtL, productName: expect.any(String), wanted: 2, kept: 1, reason: { code: "limit", limit: 3 } }),
    ]);
    const cart = await getCartView(handle.db, { ...laptop, locale: "en" });
    const quantities = Object.fromEntries(cart!.lines.map((l) => [l.variantId, l.quantity]));
    expect(quantities).toEqual({ [shirtM]: 2, [mug]: 3, [shirtL]: 1 });
    expect(cart!.couponCode).toBe("WELCOME10");
    const [from] = await queryRows<{ status: string }>(handle.db, sql`select status from carts where id = ${phone.cartId}`);
    expect(from!.status).toBe("merged");
  });

  it("never merges beyond live stock, and never lowers what the kept cart already holds", async () => {
    const pen = await variant("brass-bolt-action-pen", {});
    await handle.db.execute(sql`update inventory set on_hand = 3, reserved = 0 where variant_id = ${pen}`);
    await handle.db.execute(sql`update products set purchase_limit = null where slug = 'brass-bolt-action-pen'`);
    const a = device(3);
    const b = device(4);
    await add(a, pen, 1);
    await add(b, pen, 3);
    const result = await handle.db.transaction((tx) => mergeCarts(tx, { from: b.cartId!, into: a.cartId!, locale: "en" }));
    expect(result.changes).toEqual([expect.objectContaining({ variantId: pen, wanted: 4, kept: 3, reason: { code: "only_left", available: 3 } })]);
    expect((await getCartView(handle.db, { ...a, locale: "en" }))!.lines[0]!.quantity).toBe(3);

    // Stock fell below what the kept cart holds: the merge adds nothing and takes nothing away.
    await handle.db.execute(sql`update inventory set on_hand = 1 where variant_id = ${pen}`);
    const c = device(17);
    await add(c, pen, 1);
    const second = await handle.db.transaction((tx) => mergeCarts(tx, { from: c.cartId!, into: a.cartId!, locale: "en" }));
    expect(second).toMatchObject({ moved: 0, changes: [{ wanted: 4, kept: 3 }] });
    expect((await getCartView(handle.db, { ...a, locale: "en" }))!.lines[0]!.quantity).toBe(3);
  });

  it("hands a cart to a fresh device once, within its lifetime", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const bottle = await variant("insulated-steel-bottle-750ml", { color: "navy" });
    const laptop = device(5);
    const phone = device(6);
    const stranger = device(7);
    await add(laptop, mug, 1);
    await add(phone, bottle, 1);
    const now = new Date();
    const { token } = await createHandoff(handle.db, { cartId: laptop.cartId!, channel: "link", createdBy: laptop.visitorId, now });
    expect(await previewHandoff(handle.db, { token, visitorId: phone.visitorId, now })).toMatchObject({ ok: true, preview: { items: 1, channel: "link" } });

    const claimed = await claimHandoff(handle.db, { token, device: phone, locale: "en", now });
    expect(claimed).toMatchObject({ ok: true, cartId: laptop.cartId, moved: 1, changes: [] });
    phone.cartId = laptop.cartId;
    const shared = await getCartView(handle.db, { ...phone, locale: "en" });
    expect(shared!.lines.map((l) => l.variantId).sort()).toEqual([mug, bottle].sort());
    // The laptop sees the same cart, bottle included.
    expect((await getCartView(handle.db, { ...laptop, locale: "en" }))!.lines).toHaveLength(2);

    // Used: the phone may open it again; anyone else is refused and nothing changes.
    expect(await claimHandoff(handle.db, { token, device: phone, locale: "en", now })).toMatchObject({ ok: true, moved: 0 });
    expect(await claimHandoff(handle.db, { token, device: stranger, locale: "en", now })).toEqual({ ok: false, reason: "used" });
    expect(await getCartView(handle.db, { ...stranger, locale: "en" })).toBeNull();
  });

  it("refuses forged, expired and closed links without touching any cart", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const owner = device(8);
    const other = device(9);
    await add(owner, mug, 1);
    await add(other, mug, 2);
    const past = new Date(Date.now() - 31 * 60_000);
    const { token: expired } = await createHandoff(handle.db, { cartId: owner.cartId!, channel: "link", createdBy: owner.visitorId, now: past });
    expect(await claimHandoff(handle.db, { token: expired, device: other, locale: "en" })).toEqual({ ok: false, reason: "expired" });
    for (const forged of ["", "abc", "x".repeat(43), "'; drop table carts; --", "🛒".repeat(30), "a".repeat(5000)]) {
      expect(await claimHandoff(handle.db, { token: forged, device: other, locale: "en" })).toEqual({ ok: false, reason: "invalid" });
    }
    // The emailed link lasts a week.
    const { token: emailed } = await createHandoff(handle.db, { cartId: owner.cartId!, channel: "email", createdBy: owner.visitorId, now: past });
    expect(await previewHandoff(handle.db, { token: emailed, visitorId: other.visitorId })).toMatchObject({ ok: true });
    await handle.db.execute(sql`update carts set status = 'ordered' where id = ${owner.cartId}`);
    expect(await claimHandoff(handle.db, { token: emailed, device: other, locale: "en" })).toEqual({ ok: false, reason: "closed" });
    expect((await getCartView(handle.db, { ...other, locale: "en" }))!.lines[0]!.quantity).toBe(2);
  });

  it("ignores a cart id that is not this browser's own unless its cookie names it", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const owner = device(10);
    await add(owner, mug, 1);
    // Another visitor without the signed cookie for that cart gets their own, empty cart.
    expect(await getCartView(handle.db, { visitorId: visitor(11), locale: "en" })).toBeNull();
  });

  it.runIf(target.name === "postgres" && hasPostgres())("lets only one of two devices claim a link opened at the same moment", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const owner = device(12);
    await add(owner, mug, 1);
    const { token } = await createHandoff(handle.db, { cartId: owner.cartId!, channel: "link", createdBy: owner.visitorId });
    const results = await Promise.all([13, 14, 15, 16].map((n) => claimHandoff(handle.db, { token, device: device(n), locale: "en" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "used")).toBe(true);
  });
});

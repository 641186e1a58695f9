import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { accounts, addresses, carts, orders, sessions, users, verificationTokens, wishlistItems } from "@/db/schema";
import { claimGuestState } from "@/lib/accounts/claim";
import { deleteAccount, deleteAddress, getAccountOrder, listAccountOrders, rememberAddress } from "@/lib/accounts/queries";
import { changeLine, getCartView, type CartRef } from "@/lib/cart/queries";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";

const address = portland;

describe.each(testDatabases())("accounts on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const newUser = async (email = `user${++n}.${Date.now()}@example.com`) => {
    const [user] = await handle.db.insert(users).values({ email }).returning();
    return user!;
  };
  const visitor = () => `00000000-0000-4000-c000-${String(++n).padStart(12, "0")}`;
  const placeOrderFor = async (userId: string | null, email: string) => {
    const [order] = await handle.db
      .insert(orders)
      .values({
        idempotencyKey: crypto.randomUUID(),
        visitorId: visitor(),
        userId,
        email,
        locale: "en",
        status: "pay_on_delivery",
        paymentMethod: "cash_on_delivery",
        currency: "USD",
        subtotal: 1000,
        discount: 0,
        shipping: 0,
        tax: 0,
        taxIncluded: false,
        total: 1000,
        shippingMethodId: "us-standard",
        deliveryWindow: { from: "2026-12-01", to: "2026-12-03" },
        shippingAddress: address,
      })
      .returning();
    return order!;
  };

  it("shows a shopper only their own orders and addresses; other ids match nothing and change nothing", async () => {
    const ada = await newUser();
    const eve = await newUser();
    const adasOrder = await placeOrderFor(ada.id, ada.email!);
    expect(await getAccountOrder(handle.db, { userId: ada.id, number: adasOrder.number })).not.toBeNull();
    expect(await getAccountOrder(handle.db, { userId: eve.id, number: adasOrder.number })).toBeNull();
    expect(await listAccountOrders(handle.db, { userId: eve.id })).toEqual([]);
    const [saved] = await handle.db.insert(addresses).values({ userId: ada.id, address, isDefault: true }).returning();
    expect(await deleteAddress(handle.db, { userId: eve.id, id: saved!.id })).toBe(false);
    expect(await handle.db.select().from(addresses).where(eq(addresses.id, saved!.id))).toHaveLength(1);
    expect(await deleteAddress(handle.db, { userId: ada.id, id: saved!.id })).toBe(true);
  });

  it("keeps each account's cart to itself, and guests away from account carts", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const ada = await newUser();
    const eve = await newUser();
    const adaDevice: CartRef = { visitorId: visitor(), userId: ada.id };
    const added = await changeLine(handle.db, { ...adaDevice, variantId: mug, quantity: 2, mode: "add" });
    const adaCart = added.ok ? added.cartId : "";
    expect(await getCartView(handle.db, { visitorId: visitor(), userId: eve.id, locale: "en" })).toBeNull();
    // A guest whose cookie names the account's cart (e.g. left over after signing out) does not reach it.
    expect(await getCartView(handle.db, { visitorId: adaDevice.visitorId, cartId: adaCart, locale: "en" })).toBeNull();
    expect((await getCartView(handle.db, { ...adaDevice, locale: "en" }))!.lines[0]!.quantity).toBe(2);
  });

  it("at sign-in brings the guest cart, wishlist and orders along, merging with the account's cart", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const shirt = await variant("oxford-button-down", { size: "M", color: "white" });
    const email = `claim${Date.now()}@example.com`;
    const ada = await newUser(email);
    const otherDevice: CartRef = { visitorId: visitor(), userId: ada.id };
    await changeLine(handle.db, { ...otherDevice, variantId: shirt, quantity: 2, mode: "add" });
    const guest: CartRef = { visitorId: visitor(), cartId: null };
    const added = await changeLine(handle.db, { ...guest, variantId: shirt, quantity: 2, mode: "add" });
    guest.cartId = added.ok ? added.cartId : null;
    await changeLine(handle.db, { ...guest, variantId: mug, quantity: 1, mode: "add" });
    const [product] = await queryRows<{ id: number }>(handle.db, sql`select product_id as id from variants where id = ${mug}`);
    await handle.db.insert(wishlistItems).values({ visitorId: guest.visitorId, productId: product!.id });
    const guestOrder = await placeOrderFor(null, email.toUpperCase());

    const result = await claimGuestState(handle.db, { userId: ada.id, email, emailVerified: true, device: guest, locale: "en", adminEmails: [] });
    // The shirt's limit is 3 per order: 2 + 2 is capped at 3 and reported.
    expect(result.changes).toEqual([expect.objectContaining({ variantId: shirt, wanted: 4, kept: 3, reason: { code: "limit", limit: 3 } })]);
    const cart = await getCartView(handle.db, { ...otherDevice, locale: "en" });
    expect(Object.fromEntries(cart!.lines.map((l) => [l.variantId, l.quantity]))).toEqual({ [shirt]: 3, [mug]: 1 });
    expect(await handle.db.select().from(wishlistItems).where(eq(wishlistItems.visitorId, `user:${ada.id}`))).toHaveLength(1);
    expect(await getAccountOrder(handle.db, { userId: ada.id, number: guestOrder.number })).not.toBeNull();
    expect(await handle.db.select().from(addresses).where(eq(addresses.userId, ada.id))).toHaveLength(1);
  });

  it("does not attach orders for an unverified email, and makes listed addresses admins", async () => {
    const email = `unverified${Date.now()}@example.com`;
    const eve = await newUser(email);
    const order = await placeOrderFor(null, email);
    await claimGuestState(handle.db, { userId: eve.id, email, emailVerified: false, device: null, locale: "en", adminEmails: [email] });
    expect(await getAccountOrder(handle.db, { userId: eve.id, number: order.number })).toBeNull();
    const boss = await newUser(`boss${Date.now()}@example.com`);
    await claimGuestState(handle.db, { userId: boss.id, email: boss.email, emailVerified: true, device: null, locale: "en", adminEmails: [boss.email!] });
    expect((await handle.db.select().from(users).where(eq(users.id, boss.id)))[0]!.role).toBe("admin");
  });

  it("magic-link tokens are single use and expire", async () => {
    const adapter = DrizzleAdapter(handle.db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
    const identifier = `link${Date.now()}@example.com`;
    await adapter.createVerificationToken!({ identifier, token: "hashed-token", expires: new Date(Date.now() + 15 * 60_000) });
    expect(await adapter.useVerificationToken!({ identifier, token: "hashed-token" })).toMatchObject({ identifier });
    expect(await adapter.useVerificationToken!({ identifier, token: "hashed-token" })).toBeNull();
    // Auth.js refuses a token past `expires`; the adapter hands back the stored expiry for it to check.
    await adapter.createVerificationToken!({ identifier, token: "old-token", expires: new Date(Date.now() - 1000) });
    const old = await adapter.useVerificationToken!({ identifier, token: "old-token" });
    expect(old!.expires.getTime()).toBeLessThan(Date.now());
  });

  it("remembers a new delivery address once, the first as default", async () => {
    const ada = await newUser();
    await rememberAddress(handle.db, { userId: ada.id, address });
    await rememberAddress(handle.db, { userId: ada.id, address: { ...address, fullName: "Ada L." } });
    await rememberAddress(handle.db, { userId: ada.id, address: { ...address, line1: "2 Side Street" } });
    const saved = await handle.db.select().from(addresses).where(eq(addresses.userId, ada.id));
    expect(saved).toHaveLength(2);
    expect(saved.filter((row) => row.isDefault)).toHaveLength(1);
  });

  it("deletes an account but keeps its orders, without the person's details", async () => {
    const ada = await newUser();
    const order = await placeOrderFor(ada.id, ada.email!);
    await handle.db.insert(addresses).values({ userId: ada.id, address });
    const device: CartRef = { visitorId: visitor(), userId: ada.id };
    await changeLine(handle.db, { ...device, variantId: await variant("stoneware-mug", { color: "navy" }), quantity: 1, mode: "add" });
    await deleteAccount(handle.db, { userId: ada.id });
    const [kept] = await handle.db.select().from(orders).where(eq(orders.id, order.id));
    expect(kept).toMatchObject({ userId: null, total: 1000 });
    expect(kept!.email).toMatch(/^deleted-.*@invalid$/);
    expect(kept!.shippingAddress).toMatchObject({ fullName: "—", line1: "—", city: "Portland", country: "US" });
    expect(await handle.db.select().from(users).where(eq(users.id, ada.id))).toHaveLength(0);
    expect(await handle.db.select().from(addresses).where(eq(addresses.userId, ada.id))).toHaveLength(0);
    expect(await handle.db.select().from(carts).where(eq(carts.userId, ada.id))).toHaveLength(0);
  });
});

import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { addresses, orders, users, type PostalAddress } from "@/db/schema";
import { getOrderView } from "@/lib/checkout/order-view";
import { listOwner } from "@/lib/cart/owner";
import type { Locale } from "@/lib/i18n/locales";

/** Every read and write here is scoped to `userId`: another account's ids simply match nothing. */
export async function listAccountOrders(db: Executor, { userId }: { userId: string }) {
  return db
    .select({ number: orders.number, createdAt: orders.createdAt, total: orders.total, currency: orders.currency, status: orders.status, deliveryWindow: orders.deliveryWindow })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(50);
}

export async function getAccountOrder(db: Executor, { userId, number }: { userId: string; number: number }) {
  const order = await getOrderView(db, { number });
  return order && order.userId === userId ? order : null;
}

export async function listAddresses(db: Executor, { userId }: { userId: string }) {
  return db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(desc(addresses.isDefault), desc(addresses.createdAt));
}

export async function deleteAddress(db: Executor, { userId, id }: { userId: string; id: string }): Promise<boolean> {
  const removed = await db.delete(addresses).where(and(eq(addresses.id, id), eq(addresses.userId, userId))).returning({ id: addresses.id });
  return removed.length > 0;
}

export async function setUserLocale(db: Executor, { userId, locale }: { userId: string; locale: Locale }) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function getUser(db: Executor, { userId }: { userId: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return user ?? null;
}

/**
 * Deletes an account. Orders stay for the books but lose everything that identifies the person
 * (name, street, phone, company, email); sessions, addresses, the account's cart, wishlist and
 * saved items go with the account.
 */
export async function deleteAccount(db: Executor, { userId }: { userId: string }) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`update orders set
        email = 'deleted-' || id || '@invalid',
        shipping_address = shipping_address || '{"fullName": "—", "line1": "—", "line2": null, "phone": null, "company": null}'::jsonb,
        billing_address = case when billing_address is null then null
          else billing_address || '{"fullName": "—", "line1": "—", "line2": null, "phone": null, "company": null}'::jsonb end,
        user_id = null
      where user_id = ${userId}`);
    const owner = listOwner({ visitorId: "", userId });
    await tx.execute(sql`delete from wishlist_items where visitor_id = ${owner}`);
    await tx.execute(sql`delete from saved_items where visitor_id = ${owner}`);
    await tx.delete(users).where(eq(users.id, userId));
  });
}

/** The saved address checkout fills in for a returning shopper. */
export async function defaultAddress(db: Executor, { userId }: { userId: string }) {
  const [row] = await db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(desc(addresses.isDefault), desc(addresses.createdAt)).limit(1);
  return row?.address ?? null;
}

/** Keeps an address an account just shipped to, unless it is already saved; the first becomes the default. */
export async function rememberAddress(db: Executor, { userId, address }: { userId: string; address: PostalAddress }) {
  const saved = await listAddresses(db, { userId });
  const same = (a: PostalAddress) =>
    a.line1.toLowerCase() === address.line1.toLowerCase() && a.postalCode === address.postalCode && a.country === address.country && (a.line2 ?? "") === (address.line2 ?? "");
  if (saved.some((row) => same(row.address))) return;
  await db.insert(addresses).values({ userId, address, isDefault: saved.length === 0 });
}

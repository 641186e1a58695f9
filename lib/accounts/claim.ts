import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { addresses, carts, orders, users } from "@/db/schema";
import { mergeCarts, type MergeResult } from "@/lib/cart/merge";
import { attachConversationsToUser } from "@/lib/chat/conversations";
import { listOwner } from "@/lib/cart/owner";
import { applyWelcomeCoupon, cartOf, type CartRef } from "@/lib/cart/queries";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What signing in brings along (D3, A2): the device's guest cart becomes the account's cart or is
 * merged into it (the one merge function: capped by stock and limits, changes reported); the
 * guest wishlist and saved items join the account's; orders placed with the verified email are
 * attached, and the latest one's address is saved for next time; listed addresses become admins.
 * The device's live-help conversation joins the account.
 * A new account earns the welcome code, which goes onto its cart by itself (now, or its next one).
 */
export async function claimGuestState(
  db: Executor,
  { userId, email, emailVerified, device, locale, adminEmails, welcomeCoupon = null }: {
    userId: string;
    email: string | null;
    emailVerified: boolean;
    device: CartRef | null;
    locale: Locale;
    adminEmails: readonly string[];
    /** Set when the account was just created and the store offers a welcome code. */
    welcomeCoupon?: string | null;
  },
): Promise<MergeResult> {
  return db.transaction(async (tx) => {
    if (welcomeCoupon) await tx.update(users).set({ welcomeCoupon }).where(eq(users.id, userId));
    let merged: MergeResult = { moved: 0, changes: [] };
    if (device) {
      const [guest] = await queryRows<{ id: string | null }>(tx, sql`select ${cartOf({ ...device, userId: null })} as id`);
      const [own] = await queryRows<{ id: string }>(tx, sql`select id from carts where user_id = ${userId} and status = 'active' for update`);
      if (guest?.id && !own) await tx.update(carts).set({ userId, updatedAt: new Date() }).where(eq(carts.id, guest.id));
      else if (guest?.id && own && guest.id !== own.id) merged = await mergeCarts(tx, { from: guest.id, into: own.id, locale });
      const owner = listOwner({ visitorId: device.visitorId, userId });
      await tx.execute(sql`insert into wishlist_items (visitor_id, product_id, added_at)
        select ${owner}, product_id, added_at from wishlist_items where visitor_id = ${device.visitorId} on conflict do nothing`);
      await tx.execute(sql`insert into saved_items (visitor_id, variant_id, quantity, saved_at)
        select ${owner}, variant_id, quantity, saved_at from saved_items where visitor_id = ${device.visitorId} on conflict do nothing`);
      await tx.execute(sql`delete from wishlist_items where visitor_id = ${device.visitorId}`);
      await tx.execute(sql`delete from saved_items where visitor_id = ${device.visitorId}`);
      // F1: the device's live-help conversation goes with the account, to the shopper's other devices.
      await attachConversationsToUser(tx, { visitorId: device.visitorId, userId });
    }
    if (email && emailVerified) {
      await tx.update(orders).set({ userId }).where(and(sql`lower(${orders.email}) = lower(${email})`, isNull(orders.userId)));
      const [saved] = await tx.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId)).limit(1);
      if (!saved) {
        const [latest] = await tx.select({ address: orders.shippingAddress }).from(orders).where(eq(orders.userId, userId)).orderBy(desc(orders.createdAt)).limit(1);
        if (latest) await tx.insert(addresses).values({ userId, address: latest.address, isDefault: true });
      }
      if (adminEmails.includes(email.toLowerCase())) await tx.update(users).set({ role: "admin" }).where(eq(users.id, userId));
    }
    const [cart] = await queryRows<{ id: string }>(tx, sql`select id from carts where user_id = ${userId} and status = 'active'`);
    if (cart) await applyWelcomeCoupon(tx, { userId, cartId: cart.id });
    return merged;
  });
}

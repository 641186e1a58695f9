import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { cartLines, savedItems, wishlistItems } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { VariantOptions } from "@/lib/catalog/types";
import { listOwner } from "./owner";
import { cartOf, changeLine, touchCart, variantDetailsJoins, variantImage, type CartChange, type CartRef } from "./queries";

/** Moves a cart line to "Saved for later" in one transaction. */
export async function saveLineForLater(db: Executor, { variantId, ...ref }: CartRef & { variantId: number }): Promise<boolean> {
  const visitorId = listOwner(ref);
  return db.transaction(async (tx) => {
    const [line] = await queryRows<{ cartId: string; quantity: number }>(
      tx,
      sql`select l.cart_id as "cartId", l.quantity from cart_lines l
          where l.cart_id = ${cartOf(ref)} and l.variant_id = ${variantId} for update of l`,
    );
    if (!line) return false;
    await tx
      .insert(savedItems)
      .values({ visitorId, variantId, quantity: line.quantity })
      .onConflictDoUpdate({ target: [savedItems.visitorId, savedItems.variantId], set: { quantity: line.quantity, savedAt: new Date() } });
    await tx.delete(cartLines).where(and(eq(cartLines.cartId, line.cartId), eq(cartLines.variantId, variantId)));
    await touchCart(tx, line.cartId);
    return true;
  });
}

/** Moves a saved item back into the cart, with the same stock and limit checks as any add. */
export async function moveSavedToCart(db: Executor, { variantId, ...ref }: CartRef & { variantId: number }): Promise<CartChange | null> {
  const visitorId = listOwner(ref);
  const [saved] = await db.select().from(savedItems).where(and(eq(savedItems.visitorId, visitorId), eq(savedItems.variantId, variantId)));
  if (!saved) return null;
  const result = await changeLine(db, { ...ref, variantId, quantity: saved.quantity, mode: "add" });
  if (result.ok) await removeSaved(db, { visitorId, variantId });
  return result;
}

export async function removeSaved(db: Executor, { visitorId, variantId }: { visitorId: string; variantId: number }) {
  await db.delete(savedItems).where(and(eq(savedItems.visitorId, visitorId), eq(savedItems.variantId, variantId)));
}

export interface SavedItemView {
  variantId: number;
  productSlug: string;
  productName: string;
  options: VariantOptions;
  quantity: number;
  unitPrice: number;
  currency: string;
  available: number;
  image: { src: string; width: number; height: number } | null;
}

export async function listSaved(db: Executor, { visitorId, locale }: { visitorId: string; locale: Locale }): Promise<SavedItemView[]> {
  return queryRows<SavedItemView>(
    db,
    sql`select s.variant_id as "variantId", p.slug as "productSlug", coalesce(tl.name, te.name) as "productName",
          v.options, s.quantity, v.price as "unitPrice", v.currency, greatest(i.on_hand - i.reserved, 0) as available,
          ${variantImage} as image
        from saved_items s
        join variants v on v.id = s.variant_id
        ${variantDetailsJoins(locale)}
        where s.visitor_id = ${visitorId}
        order by s.saved_at desc`,
  );
}

/** Adds or removes a product from the wishlist; returns whether it is on it afterwards. */
export async function toggleWishlist(db: Executor, { visitorId, productId }: { visitorId: string; productId: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(wishlistItems)
      .where(and(eq(wishlistItems.visitorId, visitorId), eq(wishlistItems.productId, productId)))
      .returning();
    if (removed.length) return false;
    const [exists] = await queryRows<{ id: number }>(tx, sql`select id from products where id = ${productId} and status = 'active'`);
    if (!exists) return false;
    await tx.insert(wishlistItems).values({ visitorId, productId }).onConflictDoNothing();
    return true;
  });
}

export async function wishlistProductIds(db: Executor, { visitorId }: { visitorId: string }): Promise<number[]> {
  const rows = await db
    .select({ productId: wishlistItems.productId })
    .from(wishlistItems)
    .where(eq(wishlistItems.visitorId, visitorId))
    .orderBy(desc(wishlistItems.addedAt));
  return rows.map((r) => r.productId);
}

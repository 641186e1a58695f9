import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { cartLines, carts } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { VariantOptions } from "@/lib/catalog/types";
import { cartChannel } from "./live";
import { checkLineQuantity, type CartError } from "./rules";

export interface CartLineView {
  variantId: number;
  productSlug: string;
  productName: string;
  categorySlug: string;
  options: VariantOptions;
  image: { src: string; width: number; height: number } | null;
  quantity: number;
  unitPrice: number;
  compareAtPrice: number | null;
  currency: string;
  unitPriceSeen: number;
  available: number;
  purchaseLimit: number | null;
}

export interface CartView {
  id: string;
  couponCode: string | null;
  shippingMethodId: string | null;
  version: number;
  lines: CartLineView[];
}

/** The image showing a variant (its colour's, else the product's first), as JSON; needs `p` and `v` in scope. */
export const variantImage = sql`(select json_build_object('src', src, 'width', width, 'height', height) from product_images pi
  where pi.product_id = p.id order by (pi.option_value = v.options->>'color') desc nulls last, pi.position limit 1)`;

/** Stock, product and translated name for a variant `v`: binds `i`, `p`, `te` (English) and `tl` (shopper's language). */
export function variantDetailsJoins(locale: Locale) {
  return sql`join inventory i on i.variant_id = v.id
    join products p on p.id = v.product_id
    join product_translations te on te.product_id = p.id and te.locale = ${defaultLocale}
    left join product_translations tl on tl.product_id = p.id and tl.locale = ${locale}`;
}

async function activeCart(db: Executor, visitorId: string) {
  const [cart] = await db.select().from(carts).where(and(eq(carts.visitorId, visitorId), eq(carts.status, "active")));
  return cart ?? null;
}

/** The visitor's active cart, created on first need; locked for the rest of the transaction. */
async function lockCart(tx: Transaction, visitorId: string) {
  await tx.insert(carts).values({ visitorId }).onConflictDoNothing();
  const [cart] = await queryRows<{ id: string }>(
    tx,
    sql`select id from carts where visitor_id = ${visitorId} and status = 'active' for update`,
  );
  return cart!.id;
}

/** Bumps the cart's version and announces the change; the notification is delivered when the transaction commits. */
export async function touchCart(tx: Transaction, cartId: string, changes: Partial<typeof carts.$inferInsert> = {}) {
  await tx.update(carts).set({ ...changes, version: sql`${carts.version} + 1`, updatedAt: new Date() }).where(eq(carts.id, cartId));
  await tx.execute(sql`select pg_notify(${cartChannel}, ${cartId})`);
}

export async function activeCartId(db: Executor, { visitorId }: { visitorId: string }): Promise<string | null> {
  return (await activeCart(db, visitorId))?.id ?? null;
}

export async function getCartView(db: Executor, { visitorId, locale }: { visitorId: string; locale: Locale }): Promise<CartView | null> {
  const cart = await activeCart(db, visitorId);
  if (!cart) return null;
  const lines = await queryRows<CartLineView>(
    db,
    sql`select l.variant_id as "variantId", p.slug as "productSlug", c.slug as "categorySlug",
          coalesce(tl.name, te.name) as "productName", v.options, l.quantity,
          v.price as "unitPrice", v.compare_at_price as "compareAtPrice", v.currency,
          l.unit_price_seen as "unitPriceSeen", greatest(i.on_hand - i.reserved, 0) as available,
          p.purchase_limit as "purchaseLimit",
          ${variantImage} as image
        from cart_lines l
        join variants v on v.id = l.variant_id
        ${variantDetailsJoins(locale)}
        join categories c on c.id = p.category_id
        where l.cart_id = ${cart.id}
        order by l.added_at, l.variant_id`,
  );
  return { id: cart.id, couponCode: cart.couponCode, shippingMethodId: cart.shippingMethodId, version: cart.version, lines };
}

export async function countCartItems(db: Executor, { visitorId }: { visitorId: string }): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select coalesce(sum(l.quantity), 0)::int as count from cart_lines l join carts c on c.id = l.cart_id
        where c.visitor_id = ${visitorId} and c.status = 'active'`,
  );
  return row?.count ?? 0;
}

export type CartChange =
  | { ok: true; quantity: number; /** Units the line held before, when this change removed it. */ removed?: number }
  | { ok: false; error: CartError; quantity: number };

/**
 * Sets a line to `quantity` (0 removes it), or adds `quantity` to it with `mode: "add"`, in one
 * transaction with the cart row locked, re-checking live stock and the per-order limit.
 */
export async function changeLine(
  db: Executor,
  { visitorId, variantId, quantity, mode }: { visitorId: string; variantId: number; quantity: number; mode: "add" | "set" },
): Promise<CartChange> {
  return db.transaction(async (tx) => {
    const [variant] = await queryRows<{ productId: number; price: number; available: number; purchaseLimit: number | null }>(
      tx,
      sql`select v.product_id as "productId", v.price, greatest(i.on_hand - i.reserved, 0) as available,
            p.purchase_limit as "purchaseLimit"
          from variants v join inventory i on i.variant_id = v.id join products p on p.id = v.product_id
          where v.id = ${variantId} and p.status = 'active'`,
    );
    if (!variant) return { ok: false, error: { code: "unknown_variant" }, quantity: 0 };
    const cartId = await lockCart(tx, visitorId);
    const [current] = await tx.select().from(cartLines).where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)));
    const [elsewhere] = await queryRows<{ quantity: number }>(
      tx,
      sql`select coalesce(sum(l.quantity), 0)::int as quantity from cart_lines l join variants v on v.id = l.variant_id
          where l.cart_id = ${cartId} and v.product_id = ${variant.productId} and l.variant_id <> ${variantId}`,
    );
    const have = current?.quantity ?? 0;
    const requested = mode === "add" ? have + quantity : quantity;
    if (requested === 0) {
      if (current) {
        await tx.delete(cartLines).where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)));
        await touchCart(tx, cartId);
        return { ok: true, quantity: 0, removed: current.quantity };
      }
      return { ok: true, quantity: 0 };
    }
    const check = checkLineQuantity({
      requested,
      available: variant.available,
      purchaseLimit: variant.purchaseLimit,
      sameProductElsewhere: elsewhere?.quantity ?? 0,
    });
    if (!check.ok) return { ok: false, error: check.error, quantity: have };
    await tx
      .insert(cartLines)
      .values({ cartId, variantId, quantity: requested, unitPriceSeen: variant.price })
      .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.variantId], set: { quantity: requested } });
    await touchCart(tx, cartId);
    return { ok: true, quantity: requested };
  });
}

export async function setCartCoupon(db: Executor, { visitorId, code }: { visitorId: string; code: string | null }) {
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, visitorId);
    await touchCart(tx, cartId, { couponCode: code });
  });
}

export async function setCartShippingMethod(db: Executor, { visitorId, methodId }: { visitorId: string; methodId: string }) {
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, visitorId);
    await touchCart(tx, cartId, { shippingMethodId: methodId });
  });
}

/** Remembers the chosen destination on the visitor's active cart, if there is one. */
export async function setCartDestination(
  db: Executor,
  { visitorId, destination }: { visitorId: string; destination: { country: string; postalCode: string | null; region: string | null } },
) {
  await db
    .update(carts)
    .set({ destination, version: sql`${carts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(carts.visitorId, visitorId), eq(carts.status, "active")));
}

/** A product's name for a variant, for messages such as "Removed … Undo". */
export async function variantProductName(db: Executor, { variantId, locale }: { variantId: number; locale: Locale }): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select coalesce(tl.name, te.name) as name from variants v
        join product_translations te on te.product_id = v.product_id and te.locale = ${defaultLocale}
        left join product_translations tl on tl.product_id = v.product_id and tl.locale = ${locale}
        where v.id = ${variantId}`,
  );
  return row?.name ?? null;
}

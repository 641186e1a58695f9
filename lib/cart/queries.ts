import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { cartLines, carts } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { VariantOptions } from "@/lib/catalog/types";
import { cartChannel, cartOwnerKey } from "./live";
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

/**
 * Which cart a browser works on. Signed in (`userId`): the account's cart, the same on every
 * device. As a guest: the cart its signed cookie names (`cartId`, possibly handed over from another
 * device), else the visitor's own; a guest never reaches a cart that belongs to an account.
 */
export interface CartRef {
  visitorId: string;
  cartId?: string | null;
  userId?: string | null;
}

/** The id of the active cart `ref` points at, as a SQL scalar (null when there is none). */
export function cartOf({ visitorId, cartId = null, userId = null }: CartRef) {
  if (userId) return sql`(select id from carts where status = 'active' and user_id = ${userId} limit 1)`;
  return sql`(select id from carts where status = 'active' and user_id is null and (id = ${cartId}::uuid or visitor_id = ${visitorId})
    order by (id = ${cartId}::uuid) desc nulls last limit 1)`;
}

async function activeCart(db: Executor, ref: CartRef) {
  const [cart] = await db.select().from(carts).where(and(sql`${carts.id} = ${cartOf(ref)}`, eq(carts.status, "active")));
  return cart ?? null;
}

/** The active cart `ref` points at, locked for the rest of the transaction; null when there is none. */
export async function lockExistingCart(tx: Transaction, ref: CartRef): Promise<string | null> {
  const [found] = await queryRows<{ id: string }>(tx, sql`select id from carts where id = ${cartOf(ref)} and status = 'active' for update`);
  return found?.id ?? null;
}

/** The active cart `ref` points at, created on first need; locked for the rest of the transaction. */
export async function lockCart(tx: Transaction, ref: CartRef): Promise<string> {
  const found = await lockExistingCart(tx, ref);
  if (found) return found;
  await tx.insert(carts).values({ visitorId: ref.visitorId, userId: ref.userId ?? null }).onConflictDoNothing();
  await tx.execute(sql`select pg_notify(${cartChannel}, ${cartOwnerKey(ref)})`);
  const [own] = await queryRows<{ id: string }>(
    tx,
    ref.userId
      ? sql`select id from carts where user_id = ${ref.userId} and status = 'active' for update`
      : sql`select id from carts where visitor_id = ${ref.visitorId} and user_id is null and status = 'active' for update`,
  );
  if (ref.userId) await applyWelcomeCoupon(tx, { userId: ref.userId, cartId: own!.id });
  return own!.id;
}

/**
 * Puts the welcome code an account earned on its cart, by itself: the account's next cart, or the
 * one it has when it is created. Only a cart without a code gets it (else it waits for the next
 * one), and only while the merchant still offers it. Once on a cart it is the cart's like any
 * code: shown, removable, re-checked by every quote. Returns the code applied, if any.
 */
export async function applyWelcomeCoupon(tx: Transaction, { userId, cartId }: { userId: string; cartId: string }): Promise<string | null> {
  const [user] = await queryRows<{ code: string | null }>(tx, sql`select welcome_coupon as code from users where id = ${userId} for update`);
  if (!user?.code) return null;
  const [cart] = await queryRows<{ code: string | null }>(
    tx,
    sql`select coupon_code as code from carts where id = ${cartId} and user_id = ${userId} and status = 'active' for update`,
  );
  if (!cart || cart.code) return null;
  await tx.execute(sql`update users set welcome_coupon = null where id = ${userId}`);
  const [offered] = await queryRows<{ code: string }>(
    tx,
    sql`select code from coupons where code = ${user.code} and (expires_at is null or expires_at > now()) and (usage_limit is null or times_used < usage_limit)`,
  );
  if (!offered) return null;
  await touchCart(tx, cartId, { couponCode: offered.code });
  return offered.code;
}

/** Tells every tab and device on the cart that it changed; delivered when the transaction commits. */
export async function announceCartChange(tx: Transaction, cartId: string) {
  await tx.execute(sql`select pg_notify(${cartChannel}, ${cartId})`);
}

/** Bumps the cart's version and announces the change. */
export async function touchCart(tx: Transaction, cartId: string, changes: Partial<typeof carts.$inferInsert> = {}) {
  await tx.update(carts).set({ ...changes, version: sql`${carts.version} + 1`, updatedAt: new Date() }).where(eq(carts.id, cartId));
  await announceCartChange(tx, cartId);
}

export async function activeCartId(db: Executor, ref: CartRef): Promise<string | null> {
  return (await activeCart(db, ref))?.id ?? null;
}

export async function getCartView(db: Executor, { locale, ...ref }: CartRef & { locale: Locale }): Promise<CartView | null> {
  const cart = await activeCart(db, ref);
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

export async function countCartItems(db: Executor, ref: CartRef): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select coalesce(sum(l.quantity), 0)::int as count from cart_lines l where l.cart_id = ${cartOf(ref)}`,
  );
  return row?.count ?? 0;
}

export type CartChange =
  | {
      ok: true;
      quantity: number;
      cartId: string;
      /** Units the line held before, when this change removed it. */
      removed?: number;
      /** Why the line holds less than was asked for (stock or the per-order limit). */
      capped?: CartError;
    }
  | { ok: false; error: CartError; quantity: number };

/**
 * Sets a line to `quantity` (0 removes it), or adds `quantity` to it with `mode: "add"`, in one
 * transaction with the cart row locked, re-checking live stock and the per-order limit.
 * `afterStocked` runs in that transaction once the line holds units (e.g. a signed-in shopper's
 * cart starts its reminders, lib/recovery).
 */
export async function changeLine(
  db: Executor,
  { variantId, quantity, mode, ...ref }: CartRef & { variantId: number; quantity: number; mode: "add" | "set" },
  { afterStocked }: { afterStocked?: (tx: Transaction, cartId: string) => Promise<unknown> } = {},
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
    const cartId = await lockCart(tx, ref);
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
        return { ok: true, quantity: 0, cartId, removed: current.quantity };
      }
      return { ok: true, quantity: 0, cartId };
    }
    const check = checkLineQuantity({
      requested,
      available: variant.available,
      purchaseLimit: variant.purchaseLimit,
      sameProductElsewhere: elsewhere?.quantity ?? 0,
    });
    // Setting a quantity past what may be bought sets the most that may be (a debounced stepper
    // asks for its last tap only); adding past it refuses, so nothing lands unasked.
    const capped = !check.ok && mode === "set" && check.allowed > 0 && check.allowed !== have ? check.error : null;
    if (!check.ok && !capped) return { ok: false, error: check.error, quantity: have };
    const quantitySet = check.ok ? requested : check.allowed;
    await tx
      .insert(cartLines)
      .values({ cartId, variantId, quantity: quantitySet, unitPriceSeen: variant.price })
      .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.variantId], set: { quantity: quantitySet } });
    await touchCart(tx, cartId);
    await afterStocked?.(tx, cartId);
    return capped ? { ok: true, quantity: quantitySet, cartId, capped } : { ok: true, quantity: quantitySet, cartId };
  });
}

export async function setCartCoupon(db: Executor, { code, ...ref }: CartRef & { code: string | null }) {
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, ref);
    await touchCart(tx, cartId, { couponCode: code });
  });
}

export async function setCartShippingMethod(db: Executor, { methodId, ...ref }: CartRef & { methodId: string }) {
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, ref);
    await touchCart(tx, cartId, { shippingMethodId: methodId });
  });
}

/** Remembers the chosen destination on the visitor's active cart, if there is one. */
export async function setCartDestination(
  db: Executor,
  { destination, ...ref }: CartRef & { destination: { country: string; postalCode: string | null; region: string | null } },
) {
  await db
    .update(carts)
    .set({ destination, version: sql`${carts.version} + 1`, updatedAt: new Date() })
    .where(and(sql`${carts.id} = ${cartOf(ref)}`, eq(carts.status, "active")));
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

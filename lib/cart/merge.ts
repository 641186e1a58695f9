import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { Locale } from "@/lib/i18n/locales";
import { announceCartChange, touchCart, variantDetailsJoins } from "./queries";
import { checkLineQuantity, type CartError } from "./rules";

/** A line that could not come over whole, so the shopper can be told what changed. */
export interface MergeChange {
  variantId: number;
  productName: string;
  wanted: number;
  kept: number;
  reason: CartError;
}

export interface MergeResult {
  /** Lines from the merged cart that now sit in the kept cart (whole or in part). */
  moved: number;
  changes: MergeChange[];
}

interface IncomingLine {
  variantId: number;
  productId: number;
  productName: string;
  quantity: number;
  unitPrice: number;
  available: number;
  purchaseLimit: number | null;
  sellable: boolean;
}

/**
 * Moves every line of cart `from` into cart `into` (hand-off to another device, sign-in): the
 * quantities add up but never beyond live stock or the per-order limit, which is reported per line.
 * The kept cart keeps its coupon, delivery method and destination, taking `from`'s where it has
 * none. `from` ends as "merged"; both carts are locked in id order so two merges cannot deadlock.
 */
export async function mergeCarts(tx: Transaction, { from, into, locale }: { from: string; into: string; locale: Locale }): Promise<MergeResult> {
  if (from === into) return { moved: 0, changes: [] };
  const locked = await queryRows<{ id: string }>(
    tx,
    sql`select id from carts where id in (${from}::uuid, ${into}::uuid) and status = 'active' order by id for update`,
  );
  if (locked.length < 2) return { moved: 0, changes: [] };

  const incoming = await queryRows<IncomingLine>(
    tx,
    sql`select l.variant_id as "variantId", p.id as "productId", coalesce(tl.name, te.name) as "productName", l.quantity,
          v.price as "unitPrice", greatest(i.on_hand - i.reserved, 0) as available, p.purchase_limit as "purchaseLimit",
          (p.status = 'active') as sellable
        from cart_lines l join variants v on v.id = l.variant_id
        ${variantDetailsJoins(locale)}
        where l.cart_id = ${from}::uuid
        order by l.added_at, l.variant_id`,
  );
  const held = new Map(
    (await queryRows<{ variantId: number; productId: number; quantity: number }>(
      tx,
      sql`select l.variant_id as "variantId", v.product_id as "productId", l.quantity
          from cart_lines l join variants v on v.id = l.variant_id where l.cart_id = ${into}::uuid`,
    )).map((line) => [line.variantId, line]),
  );

  let moved = 0;
  const changes: MergeChange[] = [];
  for (const line of incoming) {
    const have = held.get(line.variantId)?.quantity ?? 0;
    const wanted = have + line.quantity;
    const sameProductElsewhere = [...held.values()]
      .filter((h) => h.productId === line.productId && h.variantId !== line.variantId)
      .reduce((sum, h) => sum + h.quantity, 0);
    const check = line.sellable
      ? checkLineQuantity({ requested: wanted, available: line.available, purchaseLimit: line.purchaseLimit, sameProductElsewhere })
      : ({ ok: false, error: { code: "unknown_variant" }, allowed: 0 } as const);
    // Never lower what the kept cart already holds; only the incoming units are capped.
    const kept = check.ok ? wanted : Math.max(have, check.allowed);
    if (!check.ok) changes.push({ variantId: line.variantId, productName: line.productName, wanted, kept, reason: check.error });
    if (kept > have) {
      moved++;
      await tx.execute(
        sql`insert into cart_lines (cart_id, variant_id, quantity, unit_price_seen) values (${into}::uuid, ${line.variantId}, ${kept}, ${line.unitPrice})
            on conflict (cart_id, variant_id) do update set quantity = excluded.quantity`,
      );
      held.set(line.variantId, { variantId: line.variantId, productId: line.productId, quantity: kept });
    }
  }

  await tx.execute(sql`update carts k set
      coupon_code = coalesce(k.coupon_code, f.coupon_code),
      shipping_method_id = coalesce(k.shipping_method_id, f.shipping_method_id),
      destination = coalesce(k.destination, f.destination)
    from carts f where k.id = ${into}::uuid and f.id = ${from}::uuid`);
  await tx.execute(sql`update carts set status = 'merged', updated_at = now() where id = ${from}::uuid`);
  await announceCartChange(tx, from);
  await touchCart(tx, into);
  return { moved, changes };
}

import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { CartRef } from "@/lib/cart/queries";

/**
 * The order this browser's cart became in the last hour, if any. A "Place order" whose answer was
 * lost (the connection or the server died after the order was written) is sent again by the
 * browser; by then the cart is an order, and the shopper should see it, not an empty cart.
 */
export async function orderJustPlacedFrom(db: Executor, ref: CartRef): Promise<{ number: number; email: string } | null> {
  if (!ref.cartId) return null;
  const [order] = await queryRows<{ number: number; email: string }>(
    db,
    sql`select number, email from orders
        where cart_id = ${ref.cartId} and visitor_id = ${ref.visitorId} and status not in ('payment_failed', 'cancelled')
          and created_at > now() - interval '1 hour'
        order by created_at desc limit 1`,
  );
  return order ?? null;
}

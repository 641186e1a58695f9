import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { SegmentFacts } from "./segments";

/** A visit before the one that made the cart: activity this long before the cart was created. */
const earlierVisitGap = "30 minutes";

/**
 * E5: what the event log and the orders say about the cart's shopper, on every device the cart was
 * used (the browser that made it, the one at its checkout) and their account.
 */
export async function segmentFacts(db: Executor, cartId: string): Promise<SegmentFacts | null> {
  const [row] = await queryRows<SegmentFacts>(
    db,
    sql`with cart as (
          select c.id, c.created_at, c.user_id, coalesce(k.email, u.email) as email,
                 array_remove(array[c.visitor_id, k.visitor_id], null) as visitors
          from carts c left join checkouts k on k.cart_id = c.id left join users u on u.id = c.user_id
          where c.id = ${cartId}
        )
        select
          exists (select 1 from checkouts k where k.cart_id = cart.id)
            or exists (select 1 from events e where e.visitor_id = any(cart.visitors) and e.name = 'checkout_start' and e.at >= cart.created_at) as "reachedCheckout",
          exists (select 1 from events e where e.visitor_id = any(cart.visitors) and e.name in ('product_view', 'cart_add')
                  and e.at >= cart.created_at - interval '1 day') as "viewedOrAdded",
          exists (select 1 from orders o where o.created_at < cart.created_at and o.status <> 'cancelled'
                  and (o.visitor_id = any(cart.visitors) or o.user_id = cart.user_id or lower(o.email) = lower(cart.email)))
            -- The store's own reminders are not the shopper coming back.
            or exists (select 1 from events e where e.visitor_id = any(cart.visitors) and e.name <> 'reminder_sent' and e.at < cart.created_at - ${earlierVisitGap}::interval) as "cameBefore"
        from cart`,
  );
  return row ?? null;
}

import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

/**
 * Products to suggest in the cart (D5), never ones already in it: what this visitor viewed
 * recently counts most, then alternatives from the cart's categories and matches for what they
 * searched, then featured and well-rated products; only products that can be bought.
 */
export async function recommendForCart(db: Executor, { visitorId, cartId, limit }: { visitorId: string; cartId: string; limit: number }): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with in_cart as (
          select distinct v.product_id, p.category_id
          from cart_lines l
          join variants v on v.id = l.variant_id join products p on p.id = v.product_id
          where l.cart_id = ${cartId}
        ),
        viewed as (
          select (props->>'productId')::int as product_id, count(*)::int as views
          from events where visitor_id = ${visitorId} and name = 'product_view' and at > now() - interval '30 days'
          group by 1
        ),
        searched as (
          select props->>'query' as query from events
          where visitor_id = ${visitorId} and name = 'search' and (props->>'results')::int > 0
          order by at desc limit 3
        )
        select p.id
        from products p
        left join viewed on viewed.product_id = p.id
        left join lateral (select avg(rating)::float8 as rating from reviews r where r.product_id = p.id and r.status = 'published') r on true
        where p.status = 'active'
          and p.id not in (select product_id from in_cart)
          and exists (select 1 from variants v join inventory i on i.variant_id = v.id where v.product_id = p.id and i.on_hand - i.reserved > 0)
        order by
          coalesce(viewed.views, 0) * 3
          + (p.category_id in (select category_id from in_cart))::int * 2
          + (exists (select 1 from product_translations t, searched s where t.product_id = p.id
                     and position(lower(s.query) in lower(t.name)) > 0))::int * 2
          + p.featured::int desc,
          r.rating desc nulls last, p.id
        limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

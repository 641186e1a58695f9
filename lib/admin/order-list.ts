import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

export const orderStatuses = ["pending_payment", "paid", "awaiting_transfer", "pay_on_delivery", "payment_failed", "cancelled"] as const;
export const paymentMethods = ["card", "cash_on_delivery", "bank_transfer"] as const;
const sortColumns = { placed: "o.created_at", total: "o.total", number: "o.number" } as const;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The orders list's search, filters, sort and page, read from the URL: anything malformed falls back to its default. */
export const orderListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(orderStatuses).optional().catch(undefined),
  payment: z.enum(paymentMethods).optional().catch(undefined),
  fulfilment: z.enum(["unfulfilled", "fulfilled"]).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  from: date,
  to: date,
  sort: z.enum(["placed", "total", "number"]).default("placed").catch("placed"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OrderListQuery = z.infer<typeof orderListQuery>;

export interface OrderListRow {
  number: number;
  email: string;
  name: string;
  country: string;
  status: (typeof orderStatuses)[number];
  paymentMethod: (typeof paymentMethods)[number];
  total: number;
  currency: string;
  placedAt: Date;
  fulfilled: boolean;
}

export const orderPageSize = 25;

/** One page of orders, searched (number, email, name) and filtered on the server, with the count of all that match. */
export async function listOrders(db: Executor, query: OrderListQuery): Promise<{ rows: OrderListRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const number = /^\d{1,9}$/.test(query.q) ? Number(query.q) : null;
    where.push(sql`(o.email ilike ${like} or o.shipping_address->>'fullName' ilike ${like}${number !== null ? sql` or o.number = ${number}` : sql``})`);
  }
  if (query.status) where.push(sql`o.status = ${query.status}`);
  if (query.payment) where.push(sql`o.payment_method = ${query.payment}`);
  if (query.country) where.push(sql`o.shipping_address->>'country' = ${query.country}`);
  if (query.fulfilment === "fulfilled") where.push(sql`exists (select 1 from order_fulfillments f where f.order_id = o.id)`);
  if (query.fulfilment === "unfulfilled") where.push(sql`not exists (select 1 from order_fulfillments f where f.order_id = o.id)`);
  if (query.from) where.push(sql`o.created_at >= ${query.from}::date`);
  if (query.to) where.push(sql`o.created_at < ${query.to}::date + 1`);
  const condition = sql.join(where, sql` and `);
  const order = sql.raw(`${sortColumns[query.sort]} ${query.dir}, o.number ${query.dir}`);
  const [rows, [count]] = await Promise.all([
    queryRows<OrderListRow & { placedAt: Date | string }>(
      db,
      sql`select o.number, o.email, o.shipping_address->>'fullName' as name, o.shipping_address->>'country' as country, o.status,
                 o.payment_method as "paymentMethod", o.total, o.currency, o.created_at as "placedAt",
                 exists (select 1 from order_fulfillments f where f.order_id = o.id) as fulfilled
          from orders o where ${condition} order by ${order}
          limit ${orderPageSize} offset ${(query.page - 1) * orderPageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from orders o where ${condition}`),
  ]);
  return { rows: rows.map((row) => ({ ...row, placedAt: new Date(row.placedAt) })), total: count?.total ?? 0 };
}

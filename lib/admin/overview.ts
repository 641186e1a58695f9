import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { queueHealth } from "@/lib/jobs/queries";

export interface PeriodFigures {
  orders: number;
  /** Per currency: revenue (minor units) and average order value. */
  revenue: { currency: string; amount: number; average: number }[];
  /** Visitors who placed an order, of those who came (the event log), in percent; null without visitors. */
  conversion: number | null;
  /** (1 − orders / carts created) × 100; null without carts. */
  abandonment: number | null;
}

export interface Overview {
  today: PeriodFigures;
  period: PeriodFigures & { days: number };
  lowStock: { sku: string; name: string; available: number }[];
  failedPayments: { number: number; email: string; at: Date }[];
  failedJobs: number;
}

const placed = sql`o.status in ('paid', 'awaiting_transfer', 'pay_on_delivery')`;

async function figures(db: Executor, from: Date, to: Date): Promise<PeriodFigures> {
  const range = (column: string) => sql`${sql.raw(column)} >= ${from.toISOString()}::timestamptz and ${sql.raw(column)} < ${to.toISOString()}::timestamptz`;
  const [revenue, [funnel]] = await Promise.all([
    queryRows<{ currency: string; orders: number; amount: number }>(
      db,
      sql`select currency, count(*)::int as orders, sum(total)::bigint::float8 as amount from orders o where ${placed} and ${range("o.created_at")} group by currency order by currency`,
    ),
    queryRows<{ visitors: number; buyers: number; carts: number; orders: number }>(
      db,
      sql`select (select count(distinct visitor_id)::int from events where ${range("at")}) as visitors,
                 (select count(distinct visitor_id)::int from orders o where ${placed} and ${range("o.created_at")}) as buyers,
                 (select count(*)::int from carts where ${range("created_at")}) as carts,
                 (select count(*)::int from orders o where ${placed} and ${range("o.created_at")}) as orders`,
    ),
  ]);
  const orders = revenue.reduce((sum, row) => sum + row.orders, 0);
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
  return {
    orders,
    revenue: revenue.map((row) => ({ currency: row.currency, amount: Number(row.amount), average: Math.round(Number(row.amount) / row.orders) })),
    conversion: percent(funnel?.buyers ?? 0, funnel?.visitors ?? 0),
    abandonment: funnel && funnel.carts > 0 ? Math.max(0, Math.round((1 - funnel.orders / funnel.carts) * 1000) / 10) : null,
  };
}

/** The admin's first page: today and the last `days` days, and what needs staff now (low stock, failed payments, failed jobs). */
export async function loadOverviewFigures(db: Executor, { now = new Date(), days = 30, lowStockAt }: { now?: Date; days?: number; lowStockAt: number }): Promise<Overview> {
  const midnight = new Date(now);
  midnight.setUTCHours(0, 0, 0, 0);
  const [today, period, lowStock, failedPayments, jobs] = await Promise.all([
    figures(db, midnight, now),
    figures(db, new Date(now.getTime() - days * 86_400_000), now),
    queryRows<Overview["lowStock"][number]>(
      db,
      sql`select v.sku, t.name, (i.on_hand - i.reserved)::int as available from inventory i join variants v on v.id = i.variant_id join products p on p.id = v.product_id
          join product_translations t on t.product_id = p.id and t.locale = 'en'
          where p.status = 'active' and i.on_hand - i.reserved <= ${lowStockAt} order by available, v.sku limit 10`,
    ),
    queryRows<{ number: number; email: string; at: Date | string }>(
      db,
      sql`select number, email, updated_at as at from orders where status = 'payment_failed' and updated_at >= ${new Date(now.getTime() - days * 86_400_000).toISOString()}::timestamptz
          order by updated_at desc limit 5`,
    ),
    queueHealth(db),
  ]);
  return { today, period: { ...period, days }, lowStock, failedPayments: failedPayments.map((row) => ({ ...row, at: new Date(row.at) })), failedJobs: jobs.failed };
}

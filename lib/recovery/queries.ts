import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { RecoveryChannel } from "@/db/schema";

export interface RecoveryReport {
  from: Date;
  to: Date;
  /** Sequences started: carts with items and a contact that were then left. */
  abandoned: number;
  /** Per step and channel: reminders sent, their links opened, carts brought back by them. */
  reminders: { step: number; channel: RecoveryChannel; sent: number; clicked: number; restored: number }[];
  /** Orders credited to a reminder, and their value, per currency (minor units); cancelled and failed ones do not count. */
  recovered: { currency: string; orders: number; value: number }[];
}

/** What the reminders did between `from` and `to` (G5): each figure counts what happened in the period. */
export async function recoveryReport(db: Executor, { from, to }: { from: Date; to: Date }): Promise<RecoveryReport> {
  const period = (column: string) => sql`${sql.raw(column)} >= ${from.toISOString()}::timestamptz and ${sql.raw(column)} < ${to.toISOString()}::timestamptz`;
  const [started] = await queryRows<{ abandoned: number }>(db, sql`select count(*)::int as abandoned from recovery_sequences where ${period("started_at")}`);
  const reminders = await queryRows<RecoveryReport["reminders"][number]>(
    db,
    sql`select step, channel, count(*)::int as sent, count(clicked_at)::int as clicked, count(restored_at)::int as restored
        from recovery_messages where ${period("sent_at")} group by step, channel order by step, channel`,
  );
  const recovered = await queryRows<RecoveryReport["recovered"][number]>(
    db,
    sql`select currency, count(*)::int as orders, sum(total)::int as value from orders
        where recovered_by is not null and status in ('paid', 'awaiting_transfer', 'pay_on_delivery') and ${period("created_at")}
        group by currency order by currency`,
  );
  return { from, to, abandoned: started?.abandoned ?? 0, reminders, recovered };
}

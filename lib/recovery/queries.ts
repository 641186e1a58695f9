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
  /** F4: orders whose buyer had live help in the day before (a person, or the bot only), and their value, per currency. */
  chatAssisted: { currency: string; helper: "agent" | "bot"; orders: number; value: number }[];
  /**
   * E5: carts per segment (as their last step found it; "unknown" before step 1 ran) with the
   * treatment given, how many got a reminder and how many of them were recovered.
   */
  segments: { segment: string; visitor: "new" | "returning" | "unknown"; treatment: string; carts: number; reminded: number; recovered: number }[];
}

export interface WebhookLogRow {
  id: number;
  type: string;
  endpoint: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** E6: the latest outgoing webhooks with what each attempt got, newest first. */
export async function webhookLog(db: Executor, { limit }: { limit: number }): Promise<WebhookLogRow[]> {
  const rows = await queryRows<WebhookLogRow>(
    db,
    sql`select id, type, endpoint, attempts, last_status as "lastStatus", last_error as "lastError", delivered_at as "deliveredAt",
               next_attempt_at as "nextAttemptAt", created_at as "createdAt"
        from webhook_deliveries order by created_at desc, id desc limit ${limit}`,
  );
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return rows.map((row) => ({ ...row, deliveredAt: date(row.deliveredAt), nextAttemptAt: date(row.nextAttemptAt), createdAt: new Date(row.createdAt) }));
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
  const chatAssisted = await queryRows<RecoveryReport["chatAssisted"][number]>(
    db,
    sql`select currency, chat_assisted as helper, count(*)::int as orders, sum(total)::int as value from orders
        where chat_assisted is not null and status in ('paid', 'awaiting_transfer', 'pay_on_delivery') and ${period("created_at")}
        group by currency, chat_assisted order by currency, chat_assisted`,
  );
  const segments = await queryRows<RecoveryReport["segments"][number]>(
    db,
    sql`select coalesce(s.segment, 'unknown') as segment,
               case when s.returning_visitor then 'returning' when s.returning_visitor is null then 'unknown' else 'new' end as visitor,
               coalesce(s.treatment, 'sequence') as treatment, count(*)::int as carts,
               count(*) filter (where exists (select 1 from recovery_messages m where m.cart_id = s.cart_id))::int as reminded,
               count(*) filter (where exists (select 1 from orders o where o.cart_id = s.cart_id and o.recovered_by is not null
                                                and o.status in ('paid', 'awaiting_transfer', 'pay_on_delivery')))::int as recovered
        from recovery_sequences s where ${period("s.started_at")}
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  return { from, to, abandoned: started?.abandoned ?? 0, reminders, recovered, chatAssisted, segments };
}

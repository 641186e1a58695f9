import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { RecoveryChannel } from "@/db/schema";
import { transactionQueue } from "@/lib/jobs/queue";
import { reportRecovery } from "./alerts";
import { loadRecoverySettings, type RecoverySettings } from "./settings";
import { stopSequence } from "./step";

export interface RecoveredBy {
  channel: RecoveryChannel;
  step: number;
  messageId: number;
  clicked: boolean;
}

/**
 * G5: a placed order whose cart had a reminder sent (or its link opened) within the attribution
 * window before the order records that reminder, and its sequence stops. A clicked reminder wins
 * over one only sent (the click is what brought the shopper back); among equals, the latest.
 * Runs where the order completes (lib/checkout/orders.ts completeOrder), in that transaction.
 */
export async function attributeOrder(
  tx: Transaction,
  { orderId, cartId, placedAt, now = new Date(), settings: given }: { orderId: string; cartId: string; placedAt: Date; now?: Date; settings?: RecoverySettings },
): Promise<RecoveredBy | null> {
  const settings = given ?? (await loadRecoverySettings(tx));
  const windowStart = new Date(placedAt.getTime() - settings.attributionDays * 24 * 60 * 60_000);
  const [touch] = await queryRows<RecoveredBy>(
    tx,
    sql`select channel, step, id as "messageId", clicked_at is not null as clicked from recovery_messages
        where cart_id = ${cartId} and sent_at <= ${now.toISOString()}::timestamptz
          and coalesce(clicked_at, sent_at) >= ${windowStart.toISOString()}::timestamptz
        order by clicked_at is not null desc, coalesce(clicked_at, sent_at) desc, id desc limit 1`,
  );
  if (touch) {
    const [order] = await queryRows<{ number: number; total: number; currency: string }>(
      tx,
      sql`update orders set recovered_by = ${JSON.stringify(touch)}::jsonb where id = ${orderId} and recovered_by is null returning number, total, currency`,
    );
    // E6: `cart.recovered`, with the order it reports.
    if (order && settings.webhookUrls.length > 0) {
      await reportRecovery(tx, transactionQueue(tx), { order: { id: orderId, cartId, ...order }, by: touch, webhookUrls: settings.webhookUrls, now });
    }
  }
  await stopSequence(tx, { cartId, reason: "ordered", now });
  return touch ?? null;
}

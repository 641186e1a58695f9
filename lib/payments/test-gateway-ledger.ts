import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { testGatewayCharges } from "@/db/schema";
import { decideRefund, type ChargeLedger, type LedgerEntry, type LedgerRefund } from "./test-gateway";
import type { ChargeResult } from "./types";

/** The test gateway's charges in the store's database: they outlive a crash and are shared by every instance. */
export function databaseLedger(db: Executor): ChargeLedger {
  const find = async (key: string): Promise<LedgerEntry | null> => {
    const [row] = await db.select().from(testGatewayCharges).where(eq(testGatewayCharges.idempotencyKey, key));
    return row ? { fingerprint: row.fingerprint, result: row.result as unknown as ChargeResult, ...(row.amount === null ? {} : { amount: row.amount }) } : null;
  };
  return {
    find,
    async record(key, entry) {
      await db
        .insert(testGatewayCharges)
        .values({ idempotencyKey: key, fingerprint: entry.fingerprint, result: entry.result as unknown as Record<string, unknown>, amount: entry.amount ?? null })
        .onConflictDoNothing();
      return (await find(key))!;
    },
    // The payment's row is locked while its refunds are summed, so two refunds at once take turns
    // and the second sees what the first gave back.
    async refund(paymentId, request) {
      const key = request.idempotencyKey;
      return db.transaction(async (tx) => {
        if (key !== undefined) {
          const [elsewhere] = await queryRows<{ paymentId: string }>(
            tx,
            sql`select result->>'paymentId' as "paymentId" from test_gateway_charges where refunds -> ${key}::text is not null limit 1`,
          );
          if (elsewhere && elsewhere.paymentId !== paymentId) return { status: "key_reused" as const };
        }
        const [row] = await queryRows<{ key: string; amount: number | null; refundedAmount: number; refunded: boolean; refunds: Record<string, LedgerRefund> }>(
          tx,
          sql`select idempotency_key as key, amount, refunded_amount as "refundedAmount", refunded, refunds from test_gateway_charges
              where result->>'paymentId' = ${paymentId} and result->>'status' = 'succeeded' for update`,
        );
        if (!row) return { status: "missing" as const };
        const byKey = key === undefined ? null : (row.refunds[key] ?? null);
        const outcome = decideRefund({ amount: row.amount, refunded: row.refundedAmount, fullyRefunded: row.refunded, byKey }, request);
        if (outcome.status !== "refunded" || byKey) return outcome;
        const refundedAmount = row.refundedAmount + outcome.refund.amount;
        const full = request.amount === undefined || (row.amount !== null && refundedAmount >= row.amount);
        const kept = key === undefined ? sql`refunds` : sql`refunds || jsonb_build_object(${key}::text, ${JSON.stringify(outcome.refund)}::jsonb)`;
        await tx.update(testGatewayCharges).set({ refundedAmount, refunded: full, refunds: kept }).where(eq(testGatewayCharges.idempotencyKey, row.key));
        return outcome;
      });
    },
  };
}

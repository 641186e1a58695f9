import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { testGatewayCharges } from "@/db/schema";
import type { ChargeLedger, LedgerEntry } from "./test-gateway";
import type { ChargeResult } from "./types";

/** The test gateway's charges in the store's database: they outlive a crash and are shared by every instance. */
export function databaseLedger(db: Executor): ChargeLedger {
  const find = async (key: string): Promise<LedgerEntry | null> => {
    const [row] = await db.select().from(testGatewayCharges).where(eq(testGatewayCharges.idempotencyKey, key));
    return row ? { fingerprint: row.fingerprint, result: row.result as unknown as ChargeResult } : null;
  };
  return {
    find,
    async record(key, entry) {
      await db
        .insert(testGatewayCharges)
        .values({ idempotencyKey: key, fingerprint: entry.fingerprint, result: entry.result as unknown as Record<string, unknown> })
        .onConflictDoNothing();
      return (await find(key))!;
    },
    async refund(paymentId) {
      const [row] = await queryRows<{ refunded: boolean }>(
        db,
        sql`select refunded from test_gateway_charges where result->>'paymentId' = ${paymentId} and result->>'status' = 'succeeded'`,
      );
      if (!row) return "missing";
      const updated = await queryRows<{ key: string }>(
        db,
        sql`update test_gateway_charges set refunded = true where result->>'paymentId' = ${paymentId} and refunded = false returning idempotency_key as key`,
      );
      return updated.length ? "refunded" : "already_refunded";
    },
  };
}

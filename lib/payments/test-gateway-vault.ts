import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { testGatewayCards } from "@/db/schema";
import type { CardVault, VaultCard } from "./test-gateway";

/** The test gateway's saved cards in the store's database, shared by every instance like Stripe's own vault. */
export function databaseVault(db: Executor): CardVault {
  const byKey = async (idempotencyKey: string) => {
    const [row] = await db.select().from(testGatewayCards).where(eq(testGatewayCards.idempotencyKey, idempotencyKey));
    return row ? { token: row.token, card: row.card as unknown as VaultCard } : null;
  };
  return {
    async save(idempotencyKey, token, card) {
      await db
        .insert(testGatewayCards)
        .values({ token, idempotencyKey, card: card as unknown as Record<string, unknown> })
        .onConflictDoNothing({ target: testGatewayCards.idempotencyKey });
      return (await byKey(idempotencyKey))!;
    },
    async find(token) {
      const [row] = await db.select({ card: testGatewayCards.card }).from(testGatewayCards).where(eq(testGatewayCards.token, token));
      return row ? (row.card as unknown as VaultCard) : null;
    },
  };
}

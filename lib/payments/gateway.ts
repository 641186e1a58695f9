import "server-only";
import { getDb } from "@/db";
import { env, services } from "@/lib/env";
import { createTestGateway, type TestGateway } from "./test-gateway";
import { databaseLedger } from "./test-gateway-ledger";
import { databaseVault } from "./test-gateway-vault";
import type { Gateway } from "./types";

const holder = globalThis as unknown as { __testGateway?: TestGateway };

/** Stripe when its keys are set; otherwise the built-in test gateway (Stripe's test cards, no account needed). */
export async function paymentGateway(): Promise<Gateway> {
  if (services.payments === "stripe") {
    const { createStripeGateway } = await import("./stripe");
    return createStripeGateway({ secretKey: env.STRIPE_SECRET_KEY! });
  }
  const db = await getDb();
  holder.__testGateway ??= createTestGateway({ ledger: databaseLedger(db), vault: databaseVault(db) });
  return holder.__testGateway;
}

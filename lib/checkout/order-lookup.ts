import "server-only";
import type { Executor } from "@/db/client";
import { consumeLimits } from "@/lib/security/limits";
import { findOrderForGuest } from "./order-view";

export type GuestLookup =
  | { ok: true; order: { number: number; email: string } }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "limited"; retryAfterSeconds: number };

/**
 * Order number + email → the order. Numbers are sequential, so whoever knows a shopper's email
 * could otherwise walk through them: every try counts against the email and the IP (`ipKey`).
 */
export async function lookUpGuestOrder(db: Executor, { number, email, ipKey }: { number: number; email: string; ipKey: string }): Promise<GuestLookup> {
  const verdict = await consumeLimits(db, "orderLookup", { email, ip: ipKey });
  if (!verdict.ok) return { ok: false, reason: "limited", retryAfterSeconds: verdict.retryAfterSeconds };
  const order = await findOrderForGuest(db, { number, email });
  return order ? { ok: true, order } : { ok: false, reason: "not_found" };
}

import "server-only";
import { createHmac } from "node:crypto";
import { signingKey } from "@/lib/security/secret";

/**
 * The same value for the same card number on every instance (the store's signing key), from which
 * the number cannot be recovered: a plain hash of a card number can be reversed by trying the few
 * billion numbers of its bank, so PCI DSS asks for a keyed one. Stripe's `card.fingerprint` plays
 * this part for cards typed into Stripe's own fields.
 */
export async function cardFingerprint(number: string): Promise<string> {
  return createHmac("sha256", await signingKey())
    .update(`card:${number.replace(/\D/g, "")}`)
    .digest("base64url");
}

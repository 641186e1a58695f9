import { checkEmail } from "@/lib/checkout/fields";

/**
 * The one spelling of an email address that accounts, sign-in links and their limits use; null
 * for anything that is not a single plain address (a list, a quoted local part, a full-width "@"),
 * so a link can never be addressed to more than one inbox.
 */
export function emailIdentifier(value: unknown): string | null {
  const email = typeof value === "string" ? value.normalize("NFKC").trim().toLowerCase() : "";
  return checkEmail(email) ? null : email;
}

/** Auth.js's `normalizeIdentifier`: the same spelling, and a refusal (no token, no mail) for anything else. */
export function normalizeEmailIdentifier(value: string): string {
  const email = emailIdentifier(value);
  if (!email) throw new Error("Invalid email address.");
  return email;
}

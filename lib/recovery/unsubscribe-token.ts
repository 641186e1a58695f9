import { signValue, verifySigned } from "@/lib/security/signing";

/**
 * The unsubscribe token: the lower-cased address, base64url-encoded so it is one clean URL path
 * segment, signed with the store's key for this purpose only. It never expires (a mail read months
 * later must still unsubscribe) and names nothing but the address, which its reader already has.
 */
const purpose = "unsubscribe";
/** RFC 5321's longest address; anything longer was never one of ours. */
const maxAddress = 254;

export const normalizeAddress = (email: string) => email.trim().toLowerCase();

export function unsubscribeToken(email: string, key: Buffer): string {
  return signValue(Buffer.from(normalizeAddress(email)).toString("base64url"), purpose, key);
}

/** The address a token was made for, or null when it is forged, tampered with or malformed. */
export function addressFromUnsubscribeToken(token: string, key: Buffer): string | null {
  if (token.length > 512 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const encoded = verifySigned(token, purpose, key);
  if (!encoded) return null;
  const email = Buffer.from(encoded, "base64url").toString("utf8");
  return email.length > 0 && email.length <= maxAddress && email.includes("@") && email === normalizeAddress(email) ? email : null;
}

/** "gr***@example.com": enough for its owner to recognise, not the whole address for whoever holds the link. */
export function maskAddress(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? local.slice(0, 1) : local.slice(0, 2);
  return `${shown}***${email.slice(at)}`;
}

import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * HMAC-signed values for cookies the server must be able to trust (e.g. which cart a browser
 * holds). The purpose is mixed into the MAC so a value signed for one use is refused by another.
 */
export function signValue(value: string, purpose: string, key: Buffer): string {
  return `${value}.${mac(value, purpose, key)}`;
}

/** The value inside `token` when its signature is good, else null. */
export function verifySigned(token: string | undefined, purpose: string, key: Buffer): string | null {
  if (!token || token.length > 512) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(value, purpose, key));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

function mac(value: string, purpose: string, key: Buffer): string {
  return createHmac("sha256", key).update(`${purpose}\n${value}`).digest("base64url");
}

import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { signingKey } from "@/lib/security/secret";
import { signValue, verifySigned } from "@/lib/security/signing";

/**
 * Guests see their order through a signed link (confirmation page, receipt email): the key is an
 * HMAC of the order number and email, so it cannot be guessed from the number alone.
 */
const purpose = "order-status";
const subject = (number: number, email: string) => `${number}:${email.trim().toLowerCase()}`;

export async function orderAccessKey(number: number, email: string): Promise<string> {
  const token = signValue(subject(number, email), purpose, await signingKey());
  return token.slice(token.lastIndexOf(".") + 1);
}

export async function hasOrderAccess(number: number, email: string, key: string | undefined): Promise<boolean> {
  if (!key || key.length > 100) return false;
  return verifySigned(`${subject(number, email)}.${key}`, purpose, await signingKey()) !== null;
}

export async function orderStatusPath(locale: Locale, number: number, email: string): Promise<string> {
  return `/${locale}/orders/${number}?key=${await orderAccessKey(number, email)}`;
}

export async function orderStatusUrl(locale: Locale, number: number, email: string): Promise<string> {
  return new URL(await orderStatusPath(locale, number, email), env.SITE_URL).toString();
}

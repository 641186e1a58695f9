import { POPULAR_DOMAINS, run as suggestEmail } from "@zootools/email-spell-checker";

/** The library's big providers plus ones common in the store's markets (Ukraine, Germany). */
const domains = [...POPULAR_DOMAINS, "ukr.net", "i.ua", "meta.ua", "gmx.de", "t-online.de"];

/**
 * The address with a likely typo in its domain fixed (jane@gmial.com → jane@gmail.com), so the
 * receipt and sign-in links reach the shopper; null when it looks right. Only the domain changes.
 */
export function suggestedEmail(email: string): string | null {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf("@");
  if (at < 1 || trimmed.length > 254) return null;
  const found = suggestEmail({ email: trimmed, domains });
  return found && found.domain !== trimmed.slice(at + 1).toLowerCase() ? `${trimmed.slice(0, at)}@${found.domain}` : null;
}

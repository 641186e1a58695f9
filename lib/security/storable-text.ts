/**
 * Text PostgreSQL can keep. It refuses a NUL in text and jsonb, and a lone surrogate in jsonb (JSON
 * escapes it as `\ud800`); a forged request can send either, and capping text can split an emoji's
 * pair. Checked at the boundary, so such input is refused (or cleaned) rather than failing a query.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = new RegExp(`\\u0000|${loneSurrogate.source}`);
const everyLoneSurrogate = new RegExp(loneSurrogate.source, "g");

export const isStorableText = (text: string): boolean => !unstorable.test(text);

/** Every string in a parsed JSON value is storable. */
export function hasOnlyStorableText(value: unknown): boolean {
  if (typeof value === "string") return isStorableText(value);
  if (Array.isArray(value)) return value.every(hasOnlyStorableText);
  if (value && typeof value === "object") return Object.entries(value).every(([key, item]) => isStorableText(key) && hasOnlyStorableText(item));
  return true;
}

/** The text with NULs dropped and lone surrogates made U+FFFD, as a browser makes them. */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "").replace(everyLoneSurrogate, "\ufffd");
}

/** Control characters other than line breaks and tabs (a NUL among them), which typed text never needs. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Typed text without control characters other than line breaks and tabs: what chat and the contact form keep. */
export const withoutControlCharacters = (text: string): string => text.replace(controlCharacters, "");

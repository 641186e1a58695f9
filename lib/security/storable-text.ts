/**
 * Text PostgreSQL can keep. It refuses a NUL in text and jsonb, and a lone surrogate in jsonb (JSON
 * escapes it as `\ud800`); a forged request can send either, and capping text can split an emoji's
 * pair. Checked at the boundary, so such input is refused (or cleaned) rather than failing a query.
 */
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

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
  return text.replaceAll("\u0000", "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

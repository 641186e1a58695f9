/** Longest search the store acts on; longer input is cut, not rejected. */
export const maxQueryLength = 100;

export interface NormalizedSearch {
  /** What the shopper typed, trimmed and shortened, for display and "did you mean". */
  text: string;
  /** A safe prefix tsquery ("lin:* & shi:*"), or null when nothing searchable remains. */
  tsQuery: string | null;
  truncated: boolean;
}

/**
 * Turns free text into a full-text query that matches word prefixes in any script
 * (Latin, Cyrillic, Arabic, Persian). Operators and punctuation are dropped, so no
 * input can produce a tsquery syntax error.
 */
export function normalizeSearch(raw: string | string[] | undefined): NormalizedSearch {
  const input = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const collapsed = input.replace(/\s+/g, " ").trim();
  const truncated = collapsed.length > maxQueryLength;
  const text = collapsed.slice(0, maxQueryLength);
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  return {
    text,
    tsQuery: words.length ? words.map((w) => `${w}:*`).join(" & ") : null,
    truncated,
  };
}

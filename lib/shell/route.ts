import { destinationCandidates } from "@/lib/pricing/destination-candidates";

/**
 * Catalog pages (home, listings, product pages) are cached shells: rendered once per locale,
 * destination country and the query values the page reads, then served to every shopper who
 * shares them. The proxy rewrites the public URL to the shell's internal one, so the key is part
 * of the path the page cache is keyed on:
 *
 *   /en/p/hoodie?color=black&utm_source=x   →   /en/shell/de_us/p/hoodie/color%3Dblack
 *
 * The country part lists the candidates for the shopper's destination in order (the "Deliver to"
 * cookie, else the CDN's country header and the Accept-Language regions); the page takes the first
 * one the store ships to, exactly as lib/pricing/shopper.ts does for pages rendered per request.
 * Personal parts (cart, wishlist, postal code, delivery dates) are not in the shell: the browser
 * asks /api/shopper for them.
 */
export const shellFolder = "shell";

/** The query values each shell page reads; anything else (utm_source, gclid, …) is not part of its key. */
const pages = [
  { pattern: /^\/([a-z]{2})$/, path: () => "", params: [] as string[] },
  // Slugs are short; a longer one names no page and is left to the catch-all 404.
  { pattern: /^\/([a-z]{2})\/c\/([^/]{1,200})$/, path: (m: RegExpMatchArray) => `/c/${m[2]}`, params: ["size", "color", "min", "max", "stock", "sort", "page"] },
  { pattern: /^\/([a-z]{2})\/p\/([^/]{1,200})$/, path: (m: RegExpMatchArray) => `/p/${m[2]}`, params: ["color", "size"] },
];

const maxCandidates = 3;
const maxQueryLength = 300;

export interface ShopperSignals {
  /** The "Deliver to" cookie: `CC:postal`. */
  destinationCookie: string | undefined;
  countryHeader: string | null;
  acceptLanguage: string | null;
}

/** The internal shell path for a public catalog URL, or null when the URL is not a cached shell. */
export function shellPathFor(pathname: string, search: URLSearchParams, signals: ShopperSignals): string | null {
  for (const page of pages) {
    const match = pathname.match(page.pattern);
    if (!match) continue;
    const query = new URLSearchParams();
    for (const name of page.params) for (const value of search.getAll(name)) query.append(name, value);
    query.sort();
    const queryText = query.toString();
    const querySegment = queryText && queryText.length <= maxQueryLength ? `/${encodeURIComponent(queryText)}` : "";
    return `/${match[1]}/${shellFolder}/${countryKey(signals)}${page.path(match)}${querySegment}`;
  }
  return null;
}

/** True for a public request that names a shell path itself: shells are only reached through the rewrite. */
export function isShellPath(pathname: string): boolean {
  return pathname.split("/")[2] === shellFolder;
}

function countryKey(signals: ShopperSignals): string {
  const chosen = signals.destinationCookie?.split(":")[0]?.trim().toUpperCase();
  const candidates = [...(chosen && /^[A-Z]{2}$/.test(chosen) ? [chosen] : []), ...destinationCandidates(signals)];
  const unique = [...new Set(candidates)].slice(0, maxCandidates);
  // "_" between them: a dot in a path makes Next treat it as a file (no proxy, no actions).
  return unique.length ? unique.join("_").toLowerCase() : "-";
}

/** The shell key read back: country candidates in order, upper case. Anything malformed reads as none. */
export function countriesOfKey(key: string): string[] {
  const decoded = safeDecode(key);
  if (decoded === "-" || !/^[a-z]{2}(_[a-z]{2}){0,2}$/.test(decoded)) return [];
  return decoded.toUpperCase().split("_");
}

/** The query segment read back as the page's search params. */
export function searchParamsOfSegment(segments: string[] | undefined): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (!segments?.length) return params;
  for (const [name, value] of new URLSearchParams(safeDecode(segments[0]!))) {
    const existing = params[name];
    params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

/** The URL of a list with some of its parameters changed: empty values are left out, and any change but the page's goes back to page 1. */
export function listHref(path: string, query: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined>): string {
  const next: Record<string, string | number | undefined> = { ...query, ...("page" in changes ? {} : { page: undefined }), ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A page's search parameters with one value each (the first of a repeated one), for a list's query schema to read. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

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

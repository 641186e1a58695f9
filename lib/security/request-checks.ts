/** Checks that refuse a request in the proxy, before routing, with a clear status instead of a 500. */

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write (server action, form post) sent by a page of another site. Mirrors the rule Next.js
 * applies to server actions (the Origin host must equal the first X-Forwarded-Host, else Host),
 * which Next answers with a 500; refusing it first makes it a 403. A request without Origin is
 * left to Next: browsers send Origin on every cross-site POST.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (safeMethods.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (sandboxed frames, some redirects) or garbage: not this site.
    return true;
  }
}

/** False for a path with broken percent-encoding (`/en/p/%E0%A4%A`), which no page can be named by. */
export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

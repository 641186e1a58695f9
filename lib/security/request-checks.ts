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

/**
 * False when a proxy header names no usable origin (`X-Forwarded-Host: a b`, `X-Forwarded-Proto:
 * gopher`): Next passes a client's own X-Forwarded headers on, and Auth.js builds the site's URL
 * from them, so an unusable one would be a 500 on every signed-in page instead of a 400.
 */
export function hasUsableForwardedHeaders(headers: Headers): boolean {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim();
  const proto = first("x-forwarded-proto");
  if (headers.has("x-forwarded-proto") && proto !== "http" && proto !== "https") return false;
  if (!headers.has("x-forwarded-host")) return true;
  const host = first("x-forwarded-host") ?? "";
  if (!/^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host)) return false;
  try {
    return new URL(`http://${host}`).host !== "";
  } catch {
    return false;
  }
}

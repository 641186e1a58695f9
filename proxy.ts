import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { env, services } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/csp-policy.mjs";
import { isLocale } from "@/lib/i18n/locales";
import { localeCookie, routing } from "@/lib/i18n/routing";
import { destinationCookie } from "@/lib/pricing/destination";
import { isShellPath, shellPathFor } from "@/lib/shell/route";
import { hasUsableForwardedHeaders, isCrossSiteWrite, isWellFormedPath } from "@/lib/security/request-checks";
import { isSecureRequest, isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { classifySource, formatSessionCookie, parseSessionCookie, sessionCookie } from "@/lib/analytics/session";

const handleLocale = createMiddleware(routing);

/**
 * Locale routing, the cached shells of catalog pages, the anonymous visitor id and the visit. A
 * first-time visitor gets the id on the response and, through Next's request-header override, on
 * this very request too, so the first page view is attributed to the same visitor as the ones
 * after it; a new visit's id likewise.
 */
export default function proxy(request: NextRequest) {
  if (!isWellFormedPath(request.nextUrl.pathname)) return malformedPath(request);
  if (!isLocaleRouted(request.nextUrl.pathname)) return NextResponse.next();
  if (!hasUsableForwardedHeaders(request.headers)) return new NextResponse("Bad X-Forwarded-Host or X-Forwarded-Proto header.", { status: 400 });
  // A shell's own address. Started with -H 127.0.0.1, Next sends the rewrite (see toShell) over
  // HTTP to itself and runs the proxy again on it: let it through unchanged.
  if (isShellPath(request.nextUrl.pathname)) return NextResponse.next();
  if (isCrossSiteWrite(request.method, request.headers)) return new NextResponse(null, { status: 403 });
  const existing = request.cookies.get(visitorCookie.name)?.value;
  const shell = toShell(request);
  const response = shell ?? handleLocale(request);
  const secure = isSecureRequest(request.nextUrl, request.headers.get("x-forwarded-proto"));
  // Headers this very request must carry too: cookies, so its own events are attributed like the
  // ones after it, and the script policy whose nonce Next puts on the page's scripts.
  const forThisRequest: Record<string, string> = {};
  if (!isVisitorId(existing)) {
    const visitorId = crypto.randomUUID();
    response.cookies.set(visitorCookie.name, visitorId, { httpOnly: true, sameSite: "lax", secure, maxAge: visitorCookie.maxAgeSeconds, path: "/" });
    forThisRequest[visitorCookie.name] = visitorId;
  }
  const visit = continueVisit(request, response, secure);
  if (visit) forThisRequest[sessionCookie.name] = visit;
  // A cached shell brings its own policy, with its scripts' hashes (lib/shell/csp-cache-handler.mjs).
  const policy = shell ? null : scriptPolicy(request.nextUrl.pathname);
  if (policy) response.headers.set("content-security-policy", policy);
  if (Object.keys(forThisRequest).length || policy) addRequestHeaders(request, response, forThisRequest, policy);
  return response;
}

/**
 * A page rendered for this request: its scripts run with a nonce new on every response, and only
 * the checkout, where cards are taken, may load Stripe.
 */
function scriptPolicy(pathname: string): string {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const stripe = services.payments === "stripe" && /^\/[a-z]{2}\/checkout(?:\/|$)/.test(pathname);
  return contentSecurityPolicy({ scripts: { nonce }, stripe, dev: env.NODE_ENV === "development", imageOrigins });
}

/** Where uploaded images are served from when they are not on the store's own host (S3_PUBLIC_URL). */
const imageOrigins = env.S3_PUBLIC_URL ? [new URL(env.S3_PUBLIC_URL).origin] : [];

/**
 * The visit (lib/analytics/session.ts): a page request renews the `sid` cookie for 30 more
 * minutes; without one, a new visit starts, credited to where this request came from. Router
 * prefetches are not pages and touch nothing. Returns the new visit's cookie value, which this
 * request must carry too.
 */
function continueVisit(request: NextRequest, response: NextResponse, secure: boolean): string | null {
  if (request.headers.get("next-router-prefetch") || request.headers.get("purpose") === "prefetch") return null;
  const current = parseSessionCookie(request.cookies.get(sessionCookie.name)?.value);
  const session = current ?? { id: crypto.randomUUID(), source: classifySource({ url: request.nextUrl, referrer: request.headers.get("referer") }) };
  const value = formatSessionCookie(session);
  response.cookies.set(sessionCookie.name, value, { httpOnly: true, sameSite: "lax", secure, maxAge: sessionCookie.maxAgeSeconds, path: "/" });
  return current ? null : value;
}

/**
 * Adds cookies and the script policy to the request the page renders with, through Next's
 * request-header override.
 */
function addRequestHeaders(request: NextRequest, response: NextResponse, cookies: Record<string, string>, policy: string | null) {
  const added: Record<string, string> = {};
  if (Object.keys(cookies).length) {
    added.cookie = [request.headers.get("cookie"), ...Object.entries(cookies).map(([name, value]) => `${name}=${value}`)].filter(Boolean).join("; ");
  }
  if (policy) added["content-security-policy"] = policy;
  const overridden = new Set(
    (response.headers.get("x-middleware-override-headers") ?? "").split(",").map((h) => h.trim()).filter(Boolean),
  );
  if (overridden.size === 0) request.headers.forEach((_, name) => overridden.add(name));
  for (const name of Object.keys(added)) overridden.add(name);
  for (const name of overridden) {
    if (name in added) continue;
    if (!response.headers.has(`x-middleware-request-${name}`)) {
      const value = request.headers.get(name);
      if (value !== null) response.headers.set(`x-middleware-request-${name}`, value);
    }
  }
  response.headers.set("x-middleware-override-headers", [...overridden].join(","));
  for (const [name, value] of Object.entries(added)) response.headers.set(`x-middleware-request-${name}`, value);
}

/**
 * Serves a catalog page (home, listing, product) from the cached shell for the shopper's locale,
 * destination country and the query values the page reads (lib/shell/route.ts). The URL already
 * names a locale, so next-intl's routing has nothing to do but remember it in its cookie, done
 * here: most of the proxy's time per shell went to it. Null when the URL is not a shell's.
 */
function toShell(request: NextRequest): NextResponse | null {
  const locale = request.nextUrl.pathname.split("/")[1];
  if (!isLocale(locale)) return null;
  const shellPath = shellPathFor(request.nextUrl.pathname, request.nextUrl.searchParams, {
    destinationCookie: request.cookies.get(destinationCookie.name)?.value,
    countryHeader: request.headers.get(env.GEO_COUNTRY_HEADER),
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (!shellPath) return null;
  const response = NextResponse.rewrite(new URL(shellPath, request.url));
  const { name, maxAge } = localeCookie;
  if (request.cookies.get(name)?.value !== locale) response.cookies.set(name, locale, { path: "/", maxAge, sameSite: "lax" });
  return response;
}

/**
 * The paths the first matcher below leaves out (keep the two lists in step). The second matcher
 * brings them here only when they contain a percent sign, to check the encoding.
 */
const notLocaleRouted = /^\/(?:api|_next|_vercel|catalog|media|dev-assets|static-reference|sitemap\.xml|robots\.txt|favicon\.ico|.*\..*)/;

function isLocaleRouted(pathname: string): boolean {
  return !notLocaleRouted.test(pathname);
}

/**
 * A URL with broken percent-encoding names no page: send the browser to the store's 404 in the
 * language of its first segment. A segment starting with "_" is never a route folder, so only the
 * catch-all matches it. A redirect, not a rewrite: Next cannot render under the broken URL itself.
 */
function malformedPath(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  return NextResponse.redirect(new URL(`/${locale}/_malformed-url`, request.url), 307);
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals, static files, SEO files and the static speed reference.
    "/((?!api|_next|_vercel|catalog|media|dev-assets|static-reference|sitemap.xml|robots.txt|favicon.ico|.*\\..*).*)",
    // Any path with a percent sign, so broken encoding (/api/%E0%A4%A) gets the 404 page, not Next's 500.
    "/(.*%.*)",
  ],
};

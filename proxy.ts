import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { isCrossSiteWrite, isWellFormedPath } from "@/lib/security/request-checks";
import { isSecureRequest, isVisitorId, visitorCookie } from "@/lib/visitor/cookie";

const handleLocale = createMiddleware(routing);

/**
 * Locale routing plus the anonymous visitor id. A first-time visitor gets the id on the
 * response and, through Next's request-header override, on this very request too, so the
 * first page view is attributed to the same visitor as the ones after it.
 */
export default function proxy(request: NextRequest) {
  if (!isWellFormedPath(request.nextUrl.pathname)) return malformedPath(request);
  if (!isLocaleRouted(request.nextUrl.pathname)) return NextResponse.next();
  if (isCrossSiteWrite(request.method, request.headers)) return new NextResponse(null, { status: 403 });
  const existing = request.cookies.get(visitorCookie.name)?.value;
  const response = handleLocale(request);
  if (isVisitorId(existing)) return response;

  const visitorId = crypto.randomUUID();
  response.cookies.set(visitorCookie.name, visitorId, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecureRequest(request.nextUrl, request.headers.get("x-forwarded-proto")),
    maxAge: visitorCookie.maxAgeSeconds,
    path: "/",
  });
  const cookieHeader = [request.headers.get("cookie"), `${visitorCookie.name}=${visitorId}`].filter(Boolean).join("; ");
  const overridden = new Set(
    (response.headers.get("x-middleware-override-headers") ?? "").split(",").map((h) => h.trim()).filter(Boolean),
  );
  if (overridden.size === 0) request.headers.forEach((_, name) => overridden.add(name));
  overridden.add("cookie");
  for (const name of overridden) {
    if (name === "cookie") continue;
    if (!response.headers.has(`x-middleware-request-${name}`)) {
      const value = request.headers.get(name);
      if (value !== null) response.headers.set(`x-middleware-request-${name}`, value);
    }
  }
  response.headers.set("x-middleware-override-headers", [...overridden].join(","));
  response.headers.set("x-middleware-request-cookie", cookieHeader);
  return response;
}

/**
 * The paths the first matcher below leaves out (keep the two lists in step). The second matcher
 * brings them here only when they contain a percent sign, to check the encoding.
 */
const notLocaleRouted = /^\/(?:api|_next|_vercel|catalog|dev-assets|static-reference|sitemap\.xml|robots\.txt|favicon\.ico|.*\..*)/;

function isLocaleRouted(pathname: string): boolean {
  return !notLocaleRouted.test(pathname);
}

/**
 * A URL with broken percent-encoding names no page: show the store's 404 in the language of its
 * first segment. A segment starting with "_" is never a route folder, so only the catch-all matches it.
 */
function malformedPath(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  return NextResponse.rewrite(new URL(`/${locale}/_malformed-url`, request.url));
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals, static files, SEO files and the static speed reference.
    "/((?!api|_next|_vercel|catalog|dev-assets|static-reference|sitemap.xml|robots.txt|favicon.ico|.*\\..*).*)",
    // Any path with a percent sign, so broken encoding (/api/%E0%A4%A) gets the 404 page, not Next's 500.
    "/(.*%.*)",
  ],
};

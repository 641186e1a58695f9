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
  if (isCrossSiteWrite(request.method, request.headers)) return new NextResponse(null, { status: 403 });
  if (!isWellFormedPath(request.nextUrl.pathname)) return malformedPath(request);
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
 * A URL with broken percent-encoding names no page: show the store's 404 in the language of its
 * first segment. A segment starting with "_" is never a route folder, so only the catch-all matches it.
 */
function malformedPath(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  return NextResponse.rewrite(new URL(`/${locale}/_malformed-url`, request.url));
}

export const config = {
  // Everything except API routes, Next internals, static files and SEO files.
  matcher: ["/((?!api|_next|_vercel|catalog|dev-assets|sitemap.xml|robots.txt|favicon.ico|.*\\..*).*)"],
};

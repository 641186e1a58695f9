import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

/** The language a shopper last browsed in (next-intl's cookie; the proxy sets it for cached shells too). */
export const localeCookie = { name: "locale", maxAge: 60 * 60 * 24 * 365 };

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeCookie,
  // next-intl's `Link` header repeats the requested path once per locale and takes the host from
  // X-Forwarded-Host: a long or forged URL made a huge header naming any host. The indexable pages
  // carry their hreflang links in their metadata (lib/seo/alternates.ts), from SITE_URL.
  alternateLinks: false,
});

import type { Metadata } from "next";
import { defaultLocale, localeTags, locales, type Locale } from "@/lib/i18n/locales";

/** Canonical and hreflang links for a page that exists in every locale at `/<locale><path>`. */
export function alternatesFor(locale: Locale, path: string): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [localeTags[l], `/${l}${suffix}`])),
      "x-default": `/${defaultLocale}${suffix}`,
    },
  };
}

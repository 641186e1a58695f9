import { setRequestLocale } from "next-intl/server";
import { ShopFrame } from "@/components/layout/shop-frame";
import type { Locale } from "@/lib/i18n/locales";
import { countriesOfKey } from "@/lib/shell/route";
import { loadCatalogShell } from "@/lib/store/shell";

// A cached shell (lib/shell/route.ts): the same for every shopper of its locale and country. It
// reads no cookies or headers (an error if anything tries), and the database's change
// announcements retire it (lib/catalog/page-cache.ts); the hour is only a backstop.
export const dynamic = "error";
export const revalidate = 3600;

/** Nothing is built ahead: each shell is rendered on its first request, then served from the cache. */
export function generateStaticParams() {
  return [];
}

/** The frame of a cached catalog page: the shop's, with the shopper's own parts filled in by the browser. */
export default async function CatalogShellLayout({ children, params }: LayoutProps<"/[locale]/shell/[key]">) {
  const { locale, key } = (await params) as { locale: Locale; key: string };
  setRequestLocale(locale);
  const shell = await loadCatalogShell(locale, countriesOfKey(key));
  return (
    <ShopFrame locale={locale} categories={shell?.categories ?? []} pricing={shell?.pricing ?? null} shopper="live">
      {children}
    </ShopFrame>
  );
}

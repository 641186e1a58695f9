import { setRequestLocale } from "next-intl/server";
import { ShopFrame } from "@/components/layout/shop-frame";
import type { Locale } from "@/lib/i18n/locales";
import { loadShell } from "@/lib/store/shell";

// Rendered per request: these pages show the shopper's own cart, account and orders. The catalog's
// pages are cached shells in the same frame: app/[locale]/(catalog)/shell/[key]/layout.tsx.
export const dynamic = "force-dynamic";

export default async function ShopLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // Null when the database is down: a plain header, and the page's error boundary says so.
  const shell = await loadShell(locale);
  return (
    <ShopFrame
      locale={locale}
      categories={shell?.categories ?? []}
      pricing={shell?.pricing ?? null}
      shopper={{ cartCount: shell?.cartCount ?? 0, signedIn: shell?.signedIn ?? false }}
    >
      {children}
    </ShopFrame>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountLink } from "@/components/account/account-link";
import { CartLink, WishlistLink } from "@/components/cart/cart-link";
import { PromiseBar } from "@/components/layout/promise-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import { freeShippingNote } from "@/lib/pricing/free-shipping-note";
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

/** The frame of a cached catalog page: the shop's header and footer, the shopper's own parts filled in by the browser. */
export default async function CatalogShellLayout({ children, params }: LayoutProps<"/[locale]/shell/[key]">) {
  const { locale, key } = (await params) as { locale: Locale; key: string };
  setRequestLocale(locale);
  const [shell, tPromise] = await Promise.all([loadCatalogShell(locale, countriesOfKey(key)), getTranslations("promise")]);
  const pricing = shell?.pricing;

  return (
    <>
      <PromiseBar freeShipping={pricing ? freeShippingNote(pricing, locale, tPromise) : null} />
      <SiteHeader
        categories={shell?.categories ?? []}
        locale={locale}
        deliverTo={pricing ? <DeliverToControl pricing={pricing} locale={locale} /> : null}
        cartLink={
          <>
            <AccountLink signedIn={false} live />
            <WishlistLink />
            <CartLink count={0} live />
          </>
        }
      />
      <main id="main" data-cached-shell="" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter categories={shell?.categories ?? []} locale={locale} />
    </>
  );
}

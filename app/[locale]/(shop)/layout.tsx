import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountLink } from "@/components/account/account-link";
import { CartLink, WishlistLink } from "@/components/cart/cart-link";
import { PromiseBar } from "@/components/layout/promise-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import type { Locale } from "@/lib/i18n/locales";
import { freeShippingNote } from "@/lib/pricing/free-shipping-note";
import { loadShell } from "@/lib/store/shell";

// Rendered per request: these pages show the shopper's own cart, account and orders. The catalog's
// pages are cached shells with the same frame: app/[locale]/(catalog)/shell/[key]/layout.tsx.
export const dynamic = "force-dynamic";

/** The shop's frame: promises, the header with search, categories and cart, and the footer. */
export default async function ShopLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [shell, tPromise] = await Promise.all([
    // Null when the database is down: a plain header, and the page's error boundary says so.
    loadShell(locale),
    getTranslations("promise"),
  ]);
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
            <AccountLink signedIn={shell?.signedIn ?? false} />
            <WishlistLink />
            <CartLink count={shell?.cartCount ?? 0} />
          </>
        }
      />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter categories={shell?.categories ?? []} locale={locale} />
    </>
  );
}

import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AccountLink } from "@/components/account/account-link";
import { CartLink, WishlistLink } from "@/components/cart/cart-link";
import { ChatHelp } from "@/components/chat/chat-help";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import type { Category } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locales";
import { freeShippingNote } from "@/lib/pricing/free-shipping-note";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import { PromiseBar } from "./promise-bar";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The shop's frame: promises, the header with search, categories, destination, account and cart,
 * the footer and the chat button. A page rendered per request passes the shopper's cart and sign-in; a cached page
 * passes `live` and the browser fills them in (components/shopper).
 */
export async function ShopFrame({
  locale,
  categories,
  pricing,
  shopper,
  children,
}: {
  locale: Locale;
  categories: Category[];
  /** Null when the database is down: a plain header, and the page's error boundary says so. */
  pricing: ShopperPricing | null;
  shopper: { cartCount: number; signedIn: boolean } | "live";
  children: ReactNode;
}) {
  const tPromise = await getTranslations("promise");
  const live = shopper === "live";
  return (
    <>
      <PromiseBar freeShipping={pricing ? freeShippingNote(pricing, locale, tPromise) : null} />
      <SiteHeader
        categories={categories}
        locale={locale}
        deliverTo={pricing ? <DeliverToControl pricing={pricing} locale={locale} /> : null}
        cartLink={
          <>
            <AccountLink signedIn={live ? false : shopper.signedIn} live={live} />
            <WishlistLink />
            <CartLink count={live ? 0 : shopper.cartCount} live={live} />
          </>
        }
      />
      <main id="main" data-cached-shell={live ? "" : undefined} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter categories={categories} locale={locale} />
      <ChatHelp locale={locale} />
    </>
  );
}

import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { PromiseBar } from "@/components/layout/promise-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { AccountLink } from "@/components/account/account-link";
import { CartLink, WishlistLink } from "@/components/cart/cart-link";
import { CartTabTitle } from "@/components/cart/cart-tab-title";
import { VisitStart } from "@/components/cart/visit-start";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import { getDb } from "@/db";
import { countCartItems } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { listCategories } from "@/lib/catalog/cached";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney as formatMoneyIn, money } from "@/lib/money";
import { freeShippingThreshold } from "@/lib/pricing/shipping";
import { shopperPricing } from "@/lib/pricing/shopper";
import { env } from "@/lib/env";
import { directionOf, localeTags } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { visitCookie } from "@/lib/visitor/cookie";
import { store } from "@/lib/store/config";

// Rendered per request from cached catalog reads: nothing touches the database during `next build`.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { themeColor: "#1f4d3a", width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("homeTitle"), template: `%s · ${store.name}` },
    description: t("homeDescription", { returnDays: store.returnDays }),
    applicationName: store.name,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const cart = await currentCart();
  // A visit starts when the session cookie is missing: only then may the returning-cart reminder show.
  const newVisitSeen = (await cookies()).has(visitCookie);
  const [categories, messages, t, tPromise, tCart, pricing, cartCount] = await Promise.all([
    listCategories(locale),
    getMessages(),
    getTranslations("nav"),
    getTranslations("promise"),
    getTranslations("cart"),
    shopperPricing(),
    cart ? countCartItems(await getDb(), cart) : 0,
  ]);
  const threshold = freeShippingThreshold(pricing.rules, pricing.destination);
  const formatMoney = (amount: number) => formatMoneyIn(money(amount, pricing.rules.currency), localeTags[locale]);
  const freeShipping = threshold
    ? threshold.domestic
      ? tPromise("freeShipping", { amount: formatMoney(threshold.amount) })
      : tPromise("freeShippingTo", { amount: formatMoney(threshold.amount), country: countryName(pricing.destination!.country, locale) })
    : null;
  // Client components only need these namespaces; long-form content stays on the server.
  const clientMessages = { contactForm: messages.contactForm, error: messages.error };

  return (
    <html lang={localeTags[locale]} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <CartTabTitle count={cartCount} waitingTitle={tCart("tabWaiting", { count: cartCount })} />
          <VisitStart
            banner={
              cartCount > 0 && !newVisitSeen
                ? { text: tCart("welcomeBack", { count: cartCount }), cartLabel: tCart("viewCart"), cartHref: `/${locale}/cart`, dismiss: tCart("dismiss") }
                : null
            }
          />
          <PromiseBar freeShipping={freeShipping} />
          <SiteHeader categories={categories} locale={locale} deliverTo={<DeliverToControl pricing={pricing} locale={locale} />}
            cartLink={
              <>
                <AccountLink signedIn={Boolean(cart?.userId)} />
                <WishlistLink />
                <CartLink count={cartCount} />
              </>
            }
          />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter categories={categories} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

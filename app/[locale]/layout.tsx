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
import { countryName } from "@/lib/i18n/regions";
import { formatMoney as formatMoneyIn, money } from "@/lib/money";
import { freeShippingThreshold } from "@/lib/pricing/shipping";
import { env } from "@/lib/env";
import { directionOf, localeTags } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { visitCookie } from "@/lib/visitor/cookie";
import { store } from "@/lib/store/config";
import { loadShell } from "@/lib/store/shell";

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
  // A visit starts when the session cookie is missing: only then may the returning-cart reminder show.
  const newVisitSeen = (await cookies()).has(visitCookie);
  const [shell, messages, t, tPromise, tCart] = await Promise.all([
    // Null when the database is down: a plain header, and the page's error boundary says so.
    loadShell(locale),
    getMessages(),
    getTranslations("nav"),
    getTranslations("promise"),
    getTranslations("cart"),
  ]);
  const cartCount = shell?.cartCount ?? 0;
  const pricing = shell?.pricing;
  const threshold = pricing && freeShippingThreshold(pricing.rules, pricing.destination);
  let freeShipping: string | null = null;
  if (pricing && threshold) {
    const amount = formatMoneyIn(money(threshold.amount, pricing.rules.currency), localeTags[locale]);
    freeShipping = threshold.domestic
      ? tPromise("freeShipping", { amount })
      : tPromise("freeShippingTo", { amount, country: countryName(pricing.destination!.country, locale) });
  }
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
          <SiteHeader
            categories={shell?.categories ?? []}
            locale={locale}
            deliverTo={pricing ? <DeliverToControl pricing={pricing} locale={locale} /> : null}
            cartLink={
              <>
                <AccountLink signedIn={shell?.signedIn ?? false} />
                <WishlistLink />
                <CartLink count={cartCount} />
              </>
            }
          />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter categories={shell?.categories ?? []} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { CartLiveSync } from "@/components/cart/cart-live-sync";
import { CartTabTitle } from "@/components/cart/cart-tab-title";
import { VisitStart } from "@/components/cart/visit-start";
import { safeCartSummary } from "@/lib/store/shell";
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
  if (!hasLocale(routing.locales, locale)) return {};
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
  const [messages, t, tCart, { count: cartCount }] = await Promise.all([
    getMessages(),
    getTranslations("nav"),
    getTranslations("cart"),
    // Zero when the database is down: the page's own error boundary then shows the store's error page.
    safeCartSummary(),
  ]);
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
          {/* On every page, an empty cart included: the first item added in another tab shows up here at once. */}
          <CartLiveSync />
          <CartTabTitle count={cartCount} waitingTitle={tCart("tabWaiting", { count: cartCount })} />
          <VisitStart
            banner={
              cartCount > 0 && !newVisitSeen
                ? { text: tCart("welcomeBack", { count: cartCount }), cartLabel: tCart("viewCart"), cartHref: `/${locale}/cart`, dismiss: tCart("dismiss") }
                : null
            }
          />
          {/* The shop's header and footer, or the checkout's own enclosed header: see the route groups' layouts. */}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

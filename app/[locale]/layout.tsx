import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ShopperProvider } from "@/components/shopper/shopper-provider";
import { ShopperReminders } from "@/components/shopper/shopper-reminders";
import { env } from "@/lib/env";
import { directionOf, localeTags } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { store } from "@/lib/store/config";

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

/**
 * The same for every shopper of a locale, so catalog pages can be cached shells: what is the
 * shopper's own (cart count, reminders) the browser asks for (components/shopper).
 */
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [messages, t] = await Promise.all([getMessages(), getTranslations("nav")]);
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
          <ShopperProvider locale={locale}>
            <ShopperReminders />
            {/* The shop's header and footer, or the checkout's own enclosed header: see the route groups' layouts. */}
            {children}
          </ShopperProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

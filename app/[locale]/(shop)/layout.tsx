import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountLink } from "@/components/account/account-link";
import { CartLink, WishlistLink } from "@/components/cart/cart-link";
import { PromiseBar } from "@/components/layout/promise-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney as formatMoneyIn, money } from "@/lib/money";
import { freeShippingThreshold } from "@/lib/pricing/shipping";
import { loadShell } from "@/lib/store/shell";

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
  const threshold = pricing && freeShippingThreshold(pricing.rules, pricing.destination);
  const formatMoney = (amount: number) => formatMoneyIn(money(amount, pricing!.rules.currency), localeTags[locale]);
  const freeShipping =
    pricing && threshold
      ? threshold.domestic
        ? tPromise("freeShipping", { amount: formatMoney(threshold.amount) })
        : tPromise("freeShippingTo", { amount: formatMoney(threshold.amount), country: countryName(pricing.destination!.country, locale) })
      : null;

  return (
    <>
      <PromiseBar freeShipping={freeShipping} />
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

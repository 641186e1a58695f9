import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CartLines } from "@/components/cart/cart-lines";
import { CartSummary } from "@/components/cart/cart-summary";
import { CartTotalBar } from "@/components/cart/cart-total-bar";
import { EmptyCart } from "@/components/cart/empty-cart";
import { MergedNotice } from "@/components/cart/merged-notice";
import { RecommendedProducts } from "@/components/cart/recommended-products";
import { SavedForLater } from "@/components/cart/saved-for-later";
import { UndoRemoval } from "@/components/cart/undo-removal";
import { ExitIntent } from "@/components/recovery/exit-intent";
import { track } from "@/lib/analytics/track";
import { loadCartPage } from "@/lib/cart/cart-page";
import { continueShoppingHref } from "@/lib/cart/continue-shopping";
import type { Locale } from "@/lib/i18n/locales";
import { shopperPricing } from "@/lib/pricing/shopper";
import { armFor } from "@/lib/experiments/current";
import { exitOfferText } from "@/lib/recovery/exit-offer";
import { exitSurveyText } from "@/lib/surveys/text";

type Props = PageProps<"/[locale]/cart">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "cart" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function CartPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, pricing, backHref] = await Promise.all([getTranslations("cart"), shopperPricing(), continueShoppingHref(locale)]);
  const page = await loadCartPage({ locale, pricing });
  const saved = <SavedForLater saved={page.saved} pricing={pricing} locale={locale} />;
  const undo = page.removedName ? <UndoRemoval name={page.removedName} locale={locale} /> : null;
  const continueLink = (
    <a href={backHref} className="font-medium text-brand underline">
      {t("continueShopping")}
    </a>
  );

  if (page.status === "empty") {
    await track("page_view", { page: "cart" }, { locale, path: `/${locale}/cart` });
    return <EmptyCart recentOrder={page.recentOrder} undo={undo} continueLink={continueLink} saved={saved} locale={locale} />;
  }

  const { cart, quote, tax } = page;
  await track(
    "cart_view",
    { lines: cart.lines.length, items: cart.lines.reduce((sum, l) => sum + l.quantity, 0), subtotal: quote.subtotal.amount, currency: quote.currency },
    { locale, path: `/${locale}/cart` },
  );
  const [exitText, checkoutArm, freeShippingArm] = await Promise.all([
    exitOfferText({ locale, currency: quote.currency }),
    armFor("cart_checkout_cta"),
    armFor("free_shipping_message"),
  ]);
  const surveyText = await exitSurveyText(locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {continueLink}
      </div>
      <MergedNotice changes={page.merged} />
      {undo}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <CartLines cart={cart} quote={quote} pricing={pricing} locale={locale} />
        <CartSummary quote={quote} tax={tax} pricing={pricing} locale={locale} arms={{ checkout: checkoutArm, freeShipping: freeShippingArm }} />
      </div>
      <CartTotalBar quote={quote} tax={tax} locale={locale} checkoutArm={checkoutArm} />
      {saved}
      <RecommendedProducts products={page.recommended} wishlist={page.wishlist} pricing={pricing} />
      <ExitIntent page="cart" items={cart.lines.reduce((sum, l) => sum + l.quantity, 0)} locale={locale} text={exitText} survey={surveyText} />
    </div>
  );
}

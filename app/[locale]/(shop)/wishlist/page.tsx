import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-card";
import { track } from "@/lib/analytics/track";
import { loadWishlist } from "@/lib/cart/wishlist-page";
import type { Locale } from "@/lib/i18n/locales";
import { priceContext, shopperPricing } from "@/lib/pricing/shopper";

type Props = PageProps<"/[locale]/wishlist">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "cart" });
  return { title: t("wishlistTitle"), robots: { index: false, follow: true } };
}

/** The visitor's wishlist, kept without an account (D4). Read live, never from the catalog cache. */
export default async function WishlistPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, { wishlist, products: ordered }, pricing] = await Promise.all([getTranslations("cart"), loadWishlist({ locale }), shopperPricing()]);
  await track("page_view", { page: "wishlist" }, { locale, path: `/${locale}/wishlist` });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("wishlistTitle")}</h1>
      {ordered.length ? <ProductGrid products={ordered} prices={priceContext(pricing)} wishlist={wishlist} /> : <p>{t("wishlistEmpty")}</p>}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/admin/product-form";
import { ProductImagesSection } from "@/components/admin/product-images-section";
import { staffPage } from "@/lib/admin/access";
import { loadProductImagesForEdit } from "@/lib/admin/catalog-pages";
import { loadProductForEdit } from "@/lib/admin/pages";
import { productStatuses } from "@/lib/admin/products";
import { Link } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { toDecimalString, money } from "@/lib/money";

type Props = PageProps<"/[locale]/admin/products/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const t = await getTranslations({ locale, namespace: "admin.products" });
  return { title: t("editTitle", { name: slug }), robots: { index: false, follow: false } };
}

/** One product's edit page: its text in every language, status and category, each variant's prices and stock. */
export default async function AdminProductPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  await staffPage();
  const [product, images] = await Promise.all([loadProductForEdit(decodeURIComponent(slug)), loadProductImagesForEdit(decodeURIComponent(slug))]);
  if (!product) notFound();
  const [t, tLanguage] = await Promise.all([getTranslations("admin.products"), getTranslations("language")]);
  const name = product.text.en?.name ?? product.slug;
  const amount = (value: number | null, currency: string) => (value === null ? "" : toDecimalString(money(value, currency)));
  return (
    <div className="space-y-6">
      <Link href="/admin/products" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("editTitle", { name })}</h1>
        <a href={`/${locale}/p/${product.slug}`} className="inline-flex min-h-11 items-center text-brand underline">
          {t("viewInShop")}
        </a>
      </div>
      <ProductForm
        product={{
          ...product,
          typedPrices: Object.fromEntries(product.variants.map((variant) => [variant.sku, { price: amount(variant.price, variant.currency), compareAt: amount(variant.compareAtPrice, variant.currency) }])),
        }}
        text={{
          general: t("general"),
          status: t("status"),
          statuses: Object.fromEntries(productStatuses.map((status) => [status, t(`statuses.${status}`)])) as Record<(typeof productStatuses)[number], string>,
          category: t("category"),
          featured: t("featured"),
          purchaseLimit: t("purchaseLimit"),
          englishRequired: t("englishRequired"),
          languages: Object.fromEntries(locales.map((language) => [language, tLanguage(language)])) as Record<Locale, string>,
          name: t("name"),
          shortDescription: t("shortDescription"),
          description: t("description"),
          variantsTitle: t("variantsTitle"),
          sku: t("sku"),
          options: t("options"),
          priceIn: t.raw("priceIn") as string,
          compareAtIn: t.raw("compareAtIn") as string,
          onHand: t("onHand"),
          reserved: Object.fromEntries(product.variants.map((variant) => [variant.sku, t("reserved", { count: variant.reserved })])),
          save: t("save"),
        }}
      />
      {images ? <ProductImagesSection data={images} locale={locale} /> : null}
    </div>
  );
}

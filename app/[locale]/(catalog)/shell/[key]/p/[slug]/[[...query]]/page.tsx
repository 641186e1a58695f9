import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { WishlistButton } from "@/components/cart/wishlist-button";
import { ProductDelivery } from "@/components/pricing/product-delivery";
import { PromotionBanner } from "@/components/pricing/promotion-banner";
import { BuyBox } from "@/components/product/buy-box";
import { ProductGallery, type GalleryImage } from "@/components/product/product-gallery";
import { RatingHistogram, RatingLine } from "@/components/product/rating-summary";
import { ReturnsBlock } from "@/components/product/returns-block";
import { ReviewList } from "@/components/product/review-list";
import { VariantPicker, type PickerOption } from "@/components/product/variant-picker";
import { PageView } from "@/components/shopper/page-view";
import { Ltr } from "@/components/ui/ltr";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TaxNote } from "@/components/pricing/tax-note";
import { SalePrice } from "@/components/ui/price";
import { getProduct } from "@/lib/catalog/cached";
import type { OptionName } from "@/lib/catalog/options";
import { productView } from "@/lib/catalog/product-view";
import { env } from "@/lib/env";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { activePromotion, displayPrice } from "@/lib/pricing/quote";
import { priceContext, shellPricing } from "@/lib/pricing/shopper";
import { countriesOfKey, searchParamsOfSegment } from "@/lib/shell/route";
import { alternatesFor } from "@/lib/seo/alternates";
import { jsonLdScript, productJsonLd } from "@/lib/seo/product-json-ld";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/shell/[key]/p/[slug]/[[...query]]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const product = await getProduct(slug, locale);
  if (!product) return {};
  const image = product.images[0];
  return {
    title: product.name,
    description: product.shortDescription,
    alternates: alternatesFor(locale, `/p/${slug}`),
    openGraph: { title: product.name, description: product.shortDescription, images: image ? [image.src] : [] },
  };
}

export default async function ProductPage({ params }: Props) {
  const { locale, key, slug, query } = (await params) as { locale: Locale; key: string; slug: string; query?: string[] };
  setRequestLocale(locale);
  const [product, t, pricing] = await Promise.all([getProduct(slug, locale), getTranslations(), shellPricing(countriesOfKey(key))]);
  if (!product) notFound();

  const { selection, shownVariant, priceVaries, images } = productView(product, searchParamsOfSegment(query));
  const shownPrice = displayPrice(
    { variantId: shownVariant.id, unitPrice: shownVariant.price.amount, compareAtPrice: shownVariant.compareAtPrice?.amount ?? null, categorySlug: product.category.slug },
    priceContext(pricing),
  );
  const promotion = activePromotion(pricing.rules.promotions, product.category.slug, pricing.at);

  const optionLabel = (name: OptionName, value: string) =>
    name === "color" ? t(`options.color.${value as "black"}`) : t(`options.size.${value as "M"}`);
  const pickerOptions: PickerOption[] = selection.options.map((option) => ({
    name: option.name,
    legend: t(`options.${option.name}.label`),
    chosen: selection.chosen[option.name],
    values: option.values.map((v) => ({
      value: v.value,
      available: v.available,
      label: v.available ? optionLabel(option.name, v.value) : t("product.soldOutOption", { value: optionLabel(option.name, v.value) }),
    })),
  }));

  const colorName = selection.chosen.color ? optionLabel("color", selection.chosen.color) : null;
  const gallery: GalleryImage[] = images.map((image, index) => ({
    src: image.src,
    width: image.width,
    height: image.height,
    alt:
      index === 0 && colorName
        ? t("product.imageAltColor", { name: product.name, color: colorName })
        : t("product.imageAlt", { name: product.name, index: index + 1, total: images.length }),
    thumbLabel: t("product.showImage", { index: index + 1, total: images.length }),
  }));

  const url = new URL(`/${locale}/p/${slug}`, env.SITE_URL).toString();

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(productJsonLd(product, { url, siteUrl: env.SITE_URL, brand: store.name })) }}
      />
      <PageView
        view={{ name: "product_view", props: { productId: product.id, slug, variantId: selection.state.kind === "available" ? selection.state.variant.id : null } }}
        product={{ slug, variantId: shownVariant.id }}
      />
      <Breadcrumbs
        items={[
          { href: "/", label: t("nav.allProducts") },
          { href: `/c/${product.category.slug}`, label: product.category.name },
          { label: product.name },
        ]}
      />
      {/* On phones the name comes before the gallery so it is on the first screen; from `lg` up the
          gallery spans the left column and the name heads the right one. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 lg:grid-rows-[auto_1fr] lg:gap-x-12">
        <div className="space-y-2 lg:col-start-2">
          <div className="flex items-start justify-between gap-3">
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{product.name}</h1>
            <WishlistButton
              productId={product.id}
              on={undefined}
              labels={{ add: t("cart.addToWishlist", { name: product.name }), remove: t("cart.removeFromWishlist", { name: product.name }) }}
            />
          </div>
          <RatingLine rating={product.rating} />
          <p className="text-lg text-muted">{product.shortDescription}</p>
        </div>
        <div className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <ProductGallery key={selection.chosen.color ?? "all"} images={gallery} label={t("product.gallery")} />
        </div>
        <div className="space-y-6 lg:col-start-2">
          {promotion && !shownVariant.compareAtPrice ? (
            <PromotionBanner timeZone={pricing.rules.warehouse.timeZone} promotion={promotion} categoryName={product.category.name} locale={locale} showLink={false} />
          ) : null}
          <div className="space-y-1">
            <SalePrice
              price={shownPrice.price}
              compareAt={shownPrice.compareAt}
              size="lg"
              showSaving
              prefixFrom={priceVaries && selection.state.kind === "choose"}
            />
            <TaxNote rate={pricing.taxRate} className="block" />
          </div>
          {pickerOptions.length ? <VariantPicker options={pickerOptions} applyLabel={t("product.applyChoice")} /> : null}
          <BuyBox
            state={selection.state}
            purchaseLimit={product.purchaseLimit}
            retargeting={{
              name: "view_item",
              currency: shownPrice.price.currency,
              items: [{ id: String(shownVariant.id), name: product.name, price: shownPrice.price.amount, quantity: 1 }],
            }}
            summary={
              <>
                <p className="truncate text-sm font-semibold">{product.name}</p>
                <SalePrice price={shownPrice.price} compareAt={shownPrice.compareAt} prefixFrom={priceVaries && selection.state.kind === "choose"} />
              </>
            }
          />
          <ProductDelivery heading={t("delivery.deliverTo")} waiting={t("delivery.checking")} />
          <ReturnsBlock />
        </div>
      </div>

      <section aria-labelledby="description-heading" className="mt-12 max-w-3xl">
        <h2 id="description-heading" className="mb-3 text-2xl font-bold">
          {t("product.description")}
        </h2>
        <div className="prose-store">
          {/* Not yet translated: the English text, marked so, so screen readers switch voice. */}
          <p lang={product.descriptionLocale === locale ? undefined : localeTags[product.descriptionLocale]}>{product.description}</p>
        </div>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-semibold">{t("product.sku")}</dt>
          <dd>
            <Ltr>{shownVariant.sku}</Ltr>
          </dd>
          <dt className="font-semibold">{t("product.weight")}</dt>
          <dd>{new Intl.NumberFormat(localeTags[locale], { style: "unit", unit: "gram" }).format(shownVariant.weightGrams)}</dd>
        </dl>
      </section>

      <section id="reviews" aria-labelledby="reviews-heading" className="mt-12 grid grid-cols-1 gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <div>
          <h2 id="reviews-heading" className="mb-3 text-2xl font-bold">
            {t("product.reviewsTitle")}
          </h2>
          <RatingHistogram rating={product.rating} />
        </div>
        <ReviewList reviews={product.reviews} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PromotionBanner } from "@/components/pricing/promotion-banner";
import { ProductGrid } from "@/components/product/product-card";
import { Picture } from "@/components/ui/picture";
import { activePromotions } from "@/lib/pricing/quote";
import { PageView } from "@/components/shopper/page-view";
import { priceContext, shellPricing } from "@/lib/pricing/shopper";
import { countriesOfKey } from "@/lib/shell/route";
import { listCategories, listProducts } from "@/lib/catalog/cached";
import { ltrTag } from "@/components/ui/ltr";
import { Link } from "@/lib/i18n/navigation";
import { supportHours } from "@/lib/store/hours";
import type { Locale } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/seo/alternates";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/shell/[key]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  return { alternates: alternatesFor(locale, "/") };
}

export default async function HomePage({ params }: Props) {
  const { locale, key } = (await params) as { locale: Locale; key: string };
  setRequestLocale(locale);
  const [t, tProduct, categories, featured, onSale, pricing] = await Promise.all([
    getTranslations("home"),
    getTranslations("product"),
    listCategories(locale),
    listProducts({ locale, featuredOnly: true, limit: 8 }),
    listProducts({ locale, onSaleOnly: true, sort: "price-asc", limit: 4 }),
    shellPricing(countriesOfKey(key)),
  ]);
  const prices = priceContext(pricing);
  const promotion = activePromotions(pricing.rules.promotions, pricing.at)[0] ?? null;
  const promotionCategory = promotion ? categories.find((c) => c.slug === promotion.categories[0])?.name ?? null : null;

  return (
    <div className="space-y-14">
      <PageView view={{ name: "page_view", props: { page: "home" } }} />
      {promotion ? <PromotionBanner timeZone={pricing.rules.warehouse.timeZone} promotion={promotion} categoryName={promotionCategory} locale={locale} /> : null}
      <section className="rounded-xl bg-brand-soft px-6 py-10 sm:px-10 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-xl text-lg">{t("heroText", { returnDays: store.returnDays })}</p>
        {categories[0] ? (
          <Link href={`/c/${categories[0].slug}?sort=newest`} className="btn-primary mt-6">
            {t("heroCta")}
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="home-categories">
        <h2 id="home-categories" className="mb-4 text-2xl font-bold">
          {t("categoriesTitle")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {categories.map((category, index) => (
            <li key={category.slug}>
              <Link href={`/c/${category.slug}`} className="group block overflow-hidden rounded-lg border border-line bg-white">
                {/* Below the hero, whose heading is the page's LCP: loaded as found, not preloaded. */}
                <Picture
                  src={category.image}
                  alt=""
                  width={800}
                  height={800}
                  sizes="(min-width: 1024px) 18vw, (min-width: 640px) 30vw, 46vw"
                  className="aspect-square w-full object-cover"
                  loading={index < 2 ? "eager" : "lazy"}
                />
                <span className="block p-3 font-semibold group-hover:underline">{category.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-featured">
        <h2 id="home-featured" className="mb-4 text-2xl font-bold">
          {t("featuredTitle")}
        </h2>
        <ProductGrid prices={prices} products={featured.items} />
      </section>

      {onSale.items.length ? (
        <section aria-labelledby="home-sale">
          <h2 id="home-sale" className="mb-4 text-2xl font-bold">
            {t("saleTitle")}
          </h2>
          <ProductGrid prices={prices} products={onSale.items} />
        </section>
      ) : null}

      <section aria-labelledby="home-trust" className="rounded-xl border border-line bg-white p-6">
        <h2 id="home-trust" className="mb-4 text-xl font-bold">
          {t("trustTitle")}
        </h2>
        <ul className="grid gap-6 sm:grid-cols-3">
          <li>
            <h3 className="font-semibold">{t("returnsTitle", { returnDays: store.returnDays })}</h3>
            <p className="text-sm text-muted">{t("returnsText", { returnDays: store.returnDays })}</p>
            <Link href="/returns" className="text-sm font-medium text-brand underline">
              {tProduct("returnsLink")}
            </Link>
          </li>
          <li>
            <h3 className="font-semibold">{t("secureTitle")}</h3>
            <p className="text-sm text-muted">{t("secureText")}</p>
          </li>
          <li>
            <h3 className="font-semibold">{t("helpTitle")}</h3>
            <p className="text-sm text-muted">
              {t.rich("helpText", { phone: store.contact.phone, email: store.contact.email, hours: supportHours(locale), ltr: ltrTag })}
            </p>
          </li>
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { FiltersDrawer } from "@/components/listing/filters-drawer";
import { ListingFilters } from "@/components/listing/listing-filters";
import { Pagination } from "@/components/listing/pagination";
import { SortSelect } from "@/components/listing/sort-select";
import { PromotionBanner } from "@/components/pricing/promotion-banner";
import { ProductGrid } from "@/components/product/product-card";
import { activePromotion } from "@/lib/pricing/quote";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageView } from "@/components/shopper/page-view";
import { priceContext, shellPricing } from "@/lib/pricing/shopper";
import { countriesOfKey, searchParamsOfSegment } from "@/lib/shell/route";
import { listCategories, listFacetValues, listProducts } from "@/lib/catalog/cached";
import { basePriceBound } from "@/lib/markets/localize";
import { activeFilterCount, hasActiveFilters, listingSearchParams, parseListingQuery } from "@/lib/catalog/listing-query";
import type { Locale } from "@/lib/i18n/locales";
import { minorDigits } from "@/lib/money";
import { alternatesFor } from "@/lib/seo/alternates";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/shell/[key]/c/[category]/[[...query]]">;

async function findCategory(locale: Locale, slug: string) {
  return (await listCategories(locale)).find((category) => category.slug === slug) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category: slug } = (await params) as { locale: Locale; category: string };
  const category = await findCategory(locale, slug);
  if (!category) return {};
  return { title: category.name, description: category.description, alternates: alternatesFor(locale, `/c/${slug}`) };
}

export default async function CategoryPage({ params }: Props) {
  const { locale, key, category: slug, query: querySegment } = (await params) as { locale: Locale; key: string; category: string; query?: string[] };
  setRequestLocale(locale);
  const category = await findCategory(locale, slug);
  if (!category) notFound();

  const pricing = await shellPricing(countriesOfKey(key));
  // Price bounds are typed in the shopper's currency, tax included where prices are shown so.
  const currency = pricing.rules.currency;
  const query = parseListingQuery(searchParamsOfSegment(querySegment), currency);
  const bound = (amount: number | null) => (amount === null ? null : basePriceBound(amount, pricing.rules, pricing.taxRate));
  const [t, facets, result] = await Promise.all([
    getTranslations(),
    listFacetValues(category.id),
    listProducts({
      locale,
      categoryId: category.id,
      filters: { ...query.filters, minPrice: bound(query.filters.minPrice), maxPrice: bound(query.filters.maxPrice) },
      sort: query.sort,
      limit: store.pageSize,
      offset: (query.page - 1) * store.pageSize,
    }),
  ]);
  const prices = priceContext(pricing);
  const promotion = activePromotion(pricing.rules.promotions, slug, pricing.at);
  const pages = Math.max(1, Math.ceil(result.total / store.pageSize));
  const base = `/${locale}/c/${slug}`;
  const digits = minorDigits(currency);
  const hrefFor = (page: number) => {
    const search = listingSearchParams({ ...query, page }, digits).toString();
    return search ? `${base}?${search}` : base;
  };
  const sortHidden = [...listingSearchParams({ ...query, sort: "featured", page: 1 }, digits).entries()];

  const view =
    hasActiveFilters(query.filters) || query.sort !== "featured"
      ? ({ name: "listing_filter", props: { category: slug, ...query.filters, sort: query.sort, results: result.total } } as const)
      : ({ name: "page_view", props: { page: "category" } } as const);

  return (
    <>
      <PageView view={view} />
      <Breadcrumbs items={[{ href: "/", label: t("nav.allProducts") }, { label: category.name }]} />
      <div className="mb-6">
        <h1 className="text-3xl font-bold">{category.name}</h1>
        <p className="mt-1 text-muted">{category.description}</p>
      </div>
      {promotion ? (
        <div className="mb-6">
          <PromotionBanner timeZone={pricing.rules.warehouse.timeZone} promotion={promotion} categoryName={category.name} locale={locale} showLink={false} />
        </div>
      ) : null}
      {query.notices.length ? (
        <div role="status" className="mb-4 rounded-md border border-warn bg-white p-3 text-sm text-warn">
          {query.notices.map((notice) => (
            <p key={notice}>{t(`listing.${notice}`)}</p>
          ))}
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        <aside>
          <FiltersDrawer
            activeCount={activeFilterCount(query.filters)}
            labelledBy="filters-heading"
            text={{
              open: t("listing.filters"),
              active: t("listing.filtersActive", { count: activeFilterCount(query.filters) }),
              close: t("listing.closeFilters"),
            }}
          >
            <ListingFilters action={base} facets={facets} filters={query.filters} sort={query.sort} currency={currency} />
          </FiltersDrawer>
        </aside>
        <section aria-labelledby="results-heading">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="font-semibold" aria-live="polite">
              {t("listing.results", { count: result.total })}
            </h2>
            <SortSelect
              action={base}
              sort={query.sort}
              hidden={sortHidden}
              text={{ sort: t("listing.sort"), apply: t("listing.sortApply") }}
              labels={{
                featured: t("listing.sortFeatured"),
                newest: t("listing.sortNewest"),
                "price-asc": t("listing.sortPriceAsc"),
                "price-desc": t("listing.sortPriceDesc"),
                rating: t("listing.sortRating"),
              }}
            />
          </div>
          {result.items.length ? (
            <ProductGrid prices={prices} products={result.items} priorityCount={2} filters={query.filters} />
          ) : (
            <p className="rounded-lg border border-line bg-white p-6">{t("listing.noResults")}</p>
          )}
          <Pagination page={query.page} pages={pages} hrefFor={hrefFor} />
        </section>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchForm } from "@/components/layout/search-form";
import { Pagination } from "@/components/listing/pagination";
import { ProductGrid } from "@/components/product/product-card";
import { track } from "@/lib/analytics/track";
import { currentWishlist } from "@/lib/cart/visitor";
import { priceContext, shopperPricing } from "@/lib/pricing/shopper";
import { listCategories, listProducts, suggestProductNames } from "@/lib/catalog/cached";
import { maxQueryLength, normalizeSearch } from "@/lib/catalog/search";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/search">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "search" });
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const search = normalizeSearch(query.q);
  const pageParam = Number(Array.isArray(query.page) ? query.page[0] : query.page);
  const page = Number.isInteger(pageParam) && pageParam > 0 && pageParam < 10_000 ? pageParam : 1;
  const [t, pricing] = await Promise.all([getTranslations("search"), shopperPricing()]);
  const prices = priceContext(pricing);
  const wishlist = await currentWishlist();

  const result = search.tsQuery
    ? await listProducts({ locale, textQuery: search.tsQuery, limit: store.pageSize, offset: (page - 1) * store.pageSize })
    : { items: [], total: 0 };
  const noMatches = search.tsQuery !== null && result.total === 0;
  const [suggestions, categories, popular] = noMatches
    ? await Promise.all([
        suggestProductNames(search.text, locale),
        listCategories(locale),
        listProducts({ locale, featuredOnly: true, limit: 4 }),
      ])
    : [[], [], { items: [] }];

  if (search.tsQuery) await track("search", { query: search.text, results: result.total }, { locale, path: `/${locale}/search` });
  const base = `/${locale}/search`;
  const pages = Math.max(1, Math.ceil(result.total / store.pageSize));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{search.text ? t("resultsFor", { query: search.text }) : t("title")}</h1>
      <SearchForm action={base} defaultValue={search.text} id="search-page-query" />
      {search.truncated ? (
        <p role="status" className="text-sm text-warn">
          {t("tooLong", { max: maxQueryLength })}
        </p>
      ) : null}
      {!search.tsQuery ? <p>{t("empty")}</p> : null}
      {result.items.length ? (
        <>
          <ProductGrid prices={prices} wishlist={wishlist} products={result.items} priorityCount={2} />
          <Pagination
            page={page}
            pages={pages}
            hrefFor={(p) => `${base}?${new URLSearchParams({ q: search.text, ...(p > 1 ? { page: String(p) } : {}) })}`}
          />
        </>
      ) : null}
      {noMatches ? (
        <div className="space-y-8">
          <p role="status" className="text-lg">
            {t("noResults", { query: search.text })}
          </p>
          {suggestions.length ? (
            <section aria-labelledby="did-you-mean">
              <h2 id="did-you-mean" className="mb-2 font-semibold">
                {t("didYouMean")}
              </h2>
              <ul className="flex flex-wrap gap-2">
                {suggestions.map((suggestion) => (
                  <li key={suggestion.slug}>
                    <Link href={`/p/${suggestion.slug}`} className="btn-secondary">
                      {suggestion.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="try-categories">
            <h2 id="try-categories" className="mb-2 font-semibold">
              {t("tryCategories")}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {categories.map((category) => (
                <li key={category.slug}>
                  <Link href={`/c/${category.slug}`} className="btn-secondary">
                    {category.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="popular">
            <h2 id="popular" className="mb-3 font-semibold">
              {t("popular")}
            </h2>
            <ProductGrid prices={prices} wishlist={wishlist} products={popular.items} />
          </section>
        </div>
      ) : null}
    </div>
  );
}

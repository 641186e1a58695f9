import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { ReviewTable } from "@/components/admin/review-table";
import { staffPage } from "@/lib/admin/access";
import { loadReviewList, reviewListQuery, reviewPageSize, reviewStatuses } from "@/lib/admin/catalog-pages";
import { firstValues } from "@/lib/admin/list-url";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/reviews">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.reviews" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Every review, newest first, filtered by status, rating and product on the server: a plain GET form, so the URL holds the view. */
export default async function AdminReviewsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const query = reviewListQuery.parse(firstValues(await searchParams));
  const [t, { rows, total }] = await Promise.all([getTranslations("admin.reviews"), loadReviewList(query)]);
  const pages = Math.max(1, Math.ceil(total / reviewPageSize));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="reviews-status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select id="reviews-status" name="status" defaultValue={query.status ?? ""} className="field">
            <option value="">{t("anyStatus")}</option>
            {reviewStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="reviews-rating" className="block text-sm font-medium">
            {t("rating")}
          </label>
          <select id="reviews-rating" name="rating" defaultValue={query.rating ? String(query.rating) : ""} className="field">
            <option value="">{t("anyRating")}</option>
            {[5, 4, 3, 2, 1].map((stars) => (
              <option key={stars} value={stars}>
                {t("stars", { count: stars })}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="reviews-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="reviews-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchHint")} autoComplete="off" className="field w-full" />
        </div>
        <button type="submit" className="btn-primary">
          {t("apply")}
        </button>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      {rows.length ? <ReviewTable rows={rows} locale={locale} /> : null}
      <Pagination page={Math.min(query.page, pages)} pages={pages} query={query} path="/admin/reviews" locale={locale} />
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { ProductsTable } from "@/components/admin/products-table";
import { staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { loadProductList, productListQuery, productPageSize } from "@/lib/admin/pages";
import { productStatuses } from "@/lib/admin/products";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/products">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.products" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The catalog for staff: search by name, slug or SKU, filter by status; CSV export and import beside it. */
export default async function AdminProductsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const raw = await searchParams;
  const query = productListQuery.parse(firstValues(raw));
  const [t, tOrders, { rows, total }] = await Promise.all([getTranslations("admin.products"), getTranslations("admin.orders"), loadProductList(query)]);
  const pages = Math.max(1, Math.ceil(total / productPageSize));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <div className="flex gap-3">
          <a href="/api/admin/catalog.csv" className="btn-secondary" download>
            {t("exportCsv")}
          </a>
          <Link href="/admin/products/import" className="btn-secondary">
            {t("importCsv")}
          </Link>
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="products-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="products-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchHint")} className="field w-full" />
        </div>
        <div className="space-y-1">
          <label htmlFor="products-status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select id="products-status" name="status" defaultValue={query.status ?? ""} className="field">
            <option value="">{tOrders("any")}</option>
            {productStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          {tOrders("apply")}
        </button>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      {rows.length ? <ProductsTable rows={rows} locale={locale} /> : null}
      <Pagination page={Math.min(query.page, pages)} pages={pages} query={query} path="/admin/products" locale={locale} />
    </div>
  );
}

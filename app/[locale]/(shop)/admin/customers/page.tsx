import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CustomersTable } from "@/components/admin/customers-table";
import { Pagination } from "@/components/admin/pagination";
import { staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { customerListQuery, customerPageSize, loadCustomerList } from "@/lib/admin/customer-pages";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/customers">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.customers" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Every account, searched by email or name and paged on the server: a plain GET form, so the URL holds the view. */
export default async function AdminCustomersPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const raw = await searchParams;
  const query = customerListQuery.parse(firstValues(raw));
  const [t, tOrders, { rows, total }] = await Promise.all([getTranslations("admin.customers"), getTranslations("admin.orders"), loadCustomerList(query)]);
  const pages = Math.max(1, Math.ceil(total / customerPageSize));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {raw.deleted === "1" ? (
        <p role="status" className="rounded-lg border border-ok bg-white p-4 text-ok">
          {t("deleted")}
        </p>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="customers-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="customers-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchHint")} autoComplete="off" className="field w-full" />
        </div>
        <button type="submit" className="btn-primary">
          {tOrders("apply")}
        </button>
      </form>
      <p role="status">{t("count", { count: total })}</p>
      {rows.length ? <CustomersTable rows={rows} locale={locale} /> : null}
      <Pagination page={Math.min(query.page, pages)} pages={pages} query={query} path="/admin/customers" locale={locale} />
    </div>
  );
}

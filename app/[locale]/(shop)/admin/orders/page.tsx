import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrderFilters } from "@/components/admin/order-filters";
import { OrdersTable } from "@/components/admin/orders-table";
import { Pagination } from "@/components/admin/pagination";
import { staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { loadOrderList, orderListQuery, orderPageSize } from "@/lib/admin/pages";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type Props = PageProps<"/[locale]/admin/orders">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.orders" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Every order, searched, filtered, sorted and paged on the server: the URL holds the view, so it can be shared and reloaded. */
export default async function AdminOrdersPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const raw = await searchParams;
  const query = orderListQuery.parse(firstValues(raw));
  const [t, tPhone, { rows, total }] = await Promise.all([getTranslations("admin.orders"), getTranslations("admin.phoneOrder"), loadOrderList(query)]);
  const pages = Math.max(1, Math.ceil(total / orderPageSize));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href="/admin/orders/new" className="btn-primary">
          {tPhone("newLink")}
        </Link>
      </div>
      <OrderFilters query={query} locale={locale} />
      <p role="status">{t("count", { count: total })}</p>
      {rows.length ? <OrdersTable rows={rows} query={query} locale={locale} /> : null}
      <Pagination page={Math.min(query.page, pages)} pages={pages} query={query} path="/admin/orders" locale={locale} />
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { listHref } from "@/lib/admin/list-url";
import type { OrderListQuery, OrderListRow } from "@/lib/admin/order-list";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/**
 * The orders as a table: sortable headers are links (so they work by keyboard and without
 * JavaScript) and say their order with aria-sort; on a phone the table scrolls sideways in its box.
 */
export async function OrdersTable({ rows, query, locale }: { rows: OrderListRow[]; query: OrderListQuery; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tag = localeTags[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const sortable = (column: OrderListQuery["sort"], label: string, align: "start" | "end" = "start") => {
    const active = query.sort === column;
    const dir = active && query.dir === "desc" ? "asc" : "desc";
    return (
      <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className={`p-2 text-${align}`}>
        <Link href={listHref("/admin/orders", query, { sort: column, dir })} className="inline-flex min-h-11 items-center gap-1 underline" aria-label={t("orders.sortBy", { column: label })}>
          {label}
          {active ? <span aria-hidden="true">{query.dir === "asc" ? "↑" : "↓"}</span> : null}
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            {sortable("number", t("orders.number"))}
            <th scope="col" className="p-2 text-start">
              {t("orders.customer")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("orders.status")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("orders.fulfilment")}
            </th>
            {sortable("placed", t("orders.placed"))}
            {sortable("total", t("orders.total"), "end")}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className="border-b border-line">
              <th scope="row" className="p-2 text-start">
                <Link href={`/admin/orders/${row.number}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline">
                  {row.number}
                </Link>
              </th>
              <td className="p-2">
                <span className="block">{row.name}</span>
                <span className="block text-muted" dir="ltr">
                  {row.email}
                </span>
              </td>
              <td className="p-2">
                {t(`statuses.${row.status}`)}
                <span className="block text-muted">{t(`methods.${row.paymentMethod}`)}</span>
              </td>
              <td className="p-2">{row.fulfilled ? t("orders.shipped") : t("orders.notShipped")}</td>
              <td className="p-2 whitespace-nowrap">{date.format(row.placedAt)}</td>
              <td className="p-2 text-end whitespace-nowrap">{formatMoney(money(row.total, row.currency), tag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { CustomerListRow, Spent } from "@/lib/admin/customers";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/** Amounts in several currencies side by side, or a dash for none. */
export function spentText(spent: Spent, tag: string): string {
  return spent.length ? spent.map((row) => formatMoney(money(row.amount, row.currency), tag)).join(" · ") : "—";
}

/**
 * The accounts as a table: who (name and email, linking to their page), when they joined, how many
 * orders, what they spent and when they last ordered; on a phone the table scrolls in its box.
 */
export async function CustomersTable({ rows, locale }: { rows: CustomerListRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.customers" });
  const tag = localeTags[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  const number = new Intl.NumberFormat(tag);
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[44rem] border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              {t("customer")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("joined")}
            </th>
            <th scope="col" className="p-2 text-end">
              {t("orders")}
            </th>
            <th scope="col" className="p-2 text-end">
              {t("spent")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("lastOrder")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line">
              <th scope="row" className="p-2 text-start font-normal">
                <Link href={`/admin/customers/${encodeURIComponent(row.id)}`} className="inline-flex min-h-11 flex-col justify-center text-brand underline">
                  <span className="font-semibold" dir="auto">
                    {row.name ?? row.email ?? t("noName")}
                  </span>
                  {row.name && row.email ? (
                    <span className="wrap-anywhere" dir="ltr">
                      {row.email}
                    </span>
                  ) : null}
                </Link>
                {row.role !== "shopper" ? <span className="ms-2 rounded bg-brand-soft px-2 py-0.5 text-xs font-semibold">{t(`roles.${row.role}`)}</span> : null}
              </th>
              <td className="p-2 whitespace-nowrap">{date.format(row.createdAt)}</td>
              <td className="p-2 text-end">{number.format(row.orders)}</td>
              <td className="p-2 text-end whitespace-nowrap">{spentText(row.spent, tag)}</td>
              <td className="p-2 whitespace-nowrap">{row.lastOrderAt ? date.format(row.lastOrderAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { ProductListRow } from "@/lib/admin/products";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/** The products with their category, status, variants, price range and stock; on a phone the table scrolls in its box. */
export async function ProductsTable({ rows, locale }: { rows: ProductListRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.products" });
  const tag = localeTags[locale];
  const price = (row: ProductListRow) => {
    const low = formatMoney(money(row.minPrice, row.currency), tag);
    return row.minPrice === row.maxPrice ? low : `${low} – ${formatMoney(money(row.maxPrice, row.currency), tag)}`;
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("product")}</th>
            <th scope="col" className="p-2 text-start">{t("category")}</th>
            <th scope="col" className="p-2 text-start">{t("status")}</th>
            <th scope="col" className="p-2 text-end">{t("variants")}</th>
            <th scope="col" className="p-2 text-end">{t("price")}</th>
            <th scope="col" className="p-2 text-end">{t("stock")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-b border-line">
              <th scope="row" className="p-2 text-start">
                <Link href={`/admin/products/${row.slug}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline">
                  {row.name}
                </Link>
              </th>
              <td className="p-2" dir="ltr">
                {row.category}
              </td>
              <td className="p-2">{t(`statuses.${row.status}`)}</td>
              <td className="p-2 text-end">{row.variants}</td>
              <td className="p-2 text-end whitespace-nowrap">{price(row)}</td>
              <td className="p-2 text-end">{row.stock}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

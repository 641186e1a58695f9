import { getTranslations } from "next-intl/server";
import type { AdminReviewRow } from "@/lib/admin/reviews";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { ReviewModeration } from "./review-moderation";

/**
 * Reviews to moderate, newest first: the product (linking to its edit page), rating, title and the
 * start of the text, who wrote it in which language, whether they bought it, when, and its status
 * (with who hid or published it), then its actions. On a phone the table scrolls in its box.
 */
export async function ReviewTable({ rows, locale }: { rows: AdminReviewRow[]; locale: Locale }) {
  const [t, tLanguage] = await Promise.all([getTranslations({ locale, namespace: "admin.reviews" }), getTranslations({ locale, namespace: "language" })]);
  const tag = localeTags[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[64rem] border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              {t("product")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("rating")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("review")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("author")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("language")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("verified")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("date")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("status")}
            </th>
            <th scope="col" className="p-2 text-start">
              {t("actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-b border-line align-top ${row.status === "hidden" ? "bg-canvas" : ""}`}>
              <td className="p-2">
                <Link href={`/admin/products/${encodeURIComponent(row.productSlug)}`} className="inline-flex min-h-11 items-center text-brand underline" dir="auto">
                  {row.productName}
                </Link>
              </td>
              <td className="p-2 whitespace-nowrap">
                <span aria-hidden="true">{"★".repeat(row.rating)}</span>
                <span className="sr-only">{t("outOfFive", { rating: row.rating })}</span>
              </td>
              <th scope="row" className="max-w-md p-2 text-start font-normal" lang={row.locale} dir="auto">
                <span className="block font-semibold">{row.title}</span>
                <span className="block text-muted">
                  {row.excerpt}
                  {row.truncated ? "…" : ""}
                </span>
              </th>
              <td className="p-2" dir="auto">
                {row.authorName}
              </td>
              <td className="p-2 whitespace-nowrap">{isLocale(row.locale) ? tLanguage(row.locale) : row.locale}</td>
              <td className="p-2">{row.verifiedPurchase ? t("verifiedYes") : t("verifiedNo")}</td>
              <td className="p-2 whitespace-nowrap">{date.format(row.createdAt)}</td>
              <td className="p-2">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${row.status === "hidden" ? "bg-line" : "bg-brand-soft"}`}>{t(`statuses.${row.status}`)}</span>
                {row.moderatedBy && row.moderatedAt ? (
                  <span className="mt-1 block text-xs text-muted">
                    {t("moderated", { who: row.moderatedBy, date: date.format(row.moderatedAt) })}
                  </span>
                ) : null}
              </td>
              <td className="p-2">
                <ReviewModeration
                  id={row.id}
                  status={row.status}
                  text={{
                    hide: t("hide"),
                    publish: t("publish"),
                    delete: t("delete"),
                    confirmDelete: t("confirmDelete"),
                    confirmYes: t("confirmYes"),
                    cancel: t("cancel"),
                    group: t("actionsFor", { title: row.title }),
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

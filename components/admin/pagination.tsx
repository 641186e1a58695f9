import { getTranslations } from "next-intl/server";
import { listHref } from "@/lib/admin/list-url";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** Previous and next page of an admin list, and where the shopper is; links, so the keyboard and the back button work. */
export async function Pagination({ page, pages, query, path, locale }: { page: number; pages: number; query: Record<string, string | number | undefined>; path: string; locale: Locale }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "admin.orders" });
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={listHref(path, query, { page: page - 1 })} className="btn-secondary">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={listHref(path, query, { page: page + 1 })} className="btn-secondary">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

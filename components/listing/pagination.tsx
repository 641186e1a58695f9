import { useTranslations } from "next-intl";

/** Previous / next links with the current position; hrefs are built by the page so filters are kept. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("listing");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-8 flex items-center justify-center gap-4">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className="btn-secondary">
          <span aria-hidden="true" className="rtl:rotate-180">
            ←
          </span>
          {t("previous")}
        </a>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next" className="btn-secondary">
          {t("next")}
          <span aria-hidden="true" className="rtl:rotate-180">
            →
          </span>
        </a>
      ) : null}
    </nav>
  );
}

import { useTranslations } from "next-intl";
import { SearchForm } from "@/components/layout/search-form";
import { Link } from "@/lib/i18n/navigation";
import { useLocale } from "next-intl";

/** The localized 404: no page by that address, with a way home and a search box. */
export function NotFoundContent() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <Link href="/" className="btn-primary">
        {t("home")}
      </Link>
      <p className="mb-2 mt-8">{t("search")}</p>
      <div className="flex justify-center">
        <SearchForm action={`/${locale}/search`} id="not-found-search" />
      </div>
    </div>
  );
}

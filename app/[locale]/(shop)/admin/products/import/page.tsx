import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CatalogImport } from "@/components/admin/catalog-import";
import { staffPage } from "@/lib/admin/access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/products/import">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.csv" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Products from a CSV file: checked row by row first, imported all or nothing. */
export default async function CatalogImportPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, tProducts] = await Promise.all([getTranslations("admin.csv"), getTranslations("admin.products")]);
  return (
    <div className="space-y-4">
      <Link href="/admin/products" className="inline-flex min-h-11 items-center text-brand underline">
        {tProducts("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p>
        <a href="/api/admin/catalog.csv" className="inline-flex min-h-11 items-center text-brand underline" download>
          {tProducts("exportCsv")}
        </a>
      </p>
      <CatalogImport
        text={{ file: t("file"), check: t("check"), import: t("import"), problemsCaption: t("problemsCaption"), row: t("row"), column: t("column"), problem: t("problem") }}
      />
    </div>
  );
}

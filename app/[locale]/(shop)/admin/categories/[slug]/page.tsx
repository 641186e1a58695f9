import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CategoryDelete } from "@/components/admin/category-delete";
import { CategoryForm } from "@/components/admin/category-form";
import { categoryFormText, imageChoices } from "@/components/admin/category-text";
import { staffPage } from "@/lib/admin/access";
import { loadCategoryForEdit } from "@/lib/admin/catalog-pages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/categories/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const t = await getTranslations({ locale, namespace: "admin.categories" });
  return { title: t("editTitle", { name: decodeURIComponent(slug) }), robots: { index: false, follow: false } };
}

/** One category's form, filled in as it is, and its deletion (only when no product is in it). */
export default async function AdminCategoryPage({ params, searchParams }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  await staffPage();
  const found = await loadCategoryForEdit(decodeURIComponent(slug));
  if (!found) notFound();
  const { category, imageChoices: sources } = found;
  const [t, raw] = await Promise.all([getTranslations("admin.categories"), searchParams]);
  const name = category.text.en?.name ?? category.slug;
  return (
    <div className="space-y-6">
      <Link href="/admin/categories" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("editTitle", { name })}</h1>
        <span>{t("productCount", { count: category.productCount })}</span>
      </div>
      {raw.saved === "1" ? (
        <p role="status" className="rounded-lg border border-ok bg-white p-4 text-ok">
          {t("saved")}
        </p>
      ) : null}
      <CategoryForm
        key={category.slug}
        formId="category"
        initial={{ original: category.slug, slug: category.slug, position: String(category.position), image: category.image, text: category.text }}
        choices={imageChoices(sources)}
        text={await categoryFormText(locale, t("save"))}
      />
      <CategoryDelete
        slug={category.slug}
        productCount={category.productCount}
        text={{ delete: t("delete"), confirm: t("confirmDelete"), yes: t("confirmYes"), cancel: t("cancel"), cannot: t("cannotDelete", { count: category.productCount }) }}
      />
    </div>
  );
}

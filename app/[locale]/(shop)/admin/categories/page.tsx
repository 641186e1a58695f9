import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CategoryForm } from "@/components/admin/category-form";
import { categoryFormText, imageChoices } from "@/components/admin/category-text";
import { adminThumb } from "@/components/admin/category-thumb";
import { staffPage } from "@/lib/admin/access";
import { loadCategoryList } from "@/lib/admin/catalog-pages";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/categories">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.categories" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The categories in the shop's order with how many products each holds; a form below adds one. */
export default async function AdminCategoriesPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, { categories, imageChoices: sources }, raw] = await Promise.all([getTranslations("admin.categories"), loadCategoryList(), searchParams]);
  const number = new Intl.NumberFormat(localeTags[locale]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {raw.deleted === "1" ? (
        <p role="status" className="rounded-lg border border-ok bg-white p-4 text-ok">
          {t("deleted")}
        </p>
      ) : null}
      {categories.length ? (
        <div className="overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
            <caption className="p-2 text-start font-semibold">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="w-16 p-2 text-start">
                  {t("image")}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t("name")}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t("slug")}
                </th>
                <th scope="col" className="p-2 text-end">
                  {t("position")}
                </th>
                <th scope="col" className="p-2 text-end">
                  {t("products")}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((category) => (
                <tr key={category.id} className="border-b border-line">
                  <td className="p-2">
                    {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- decorative: the name is in the next cell */}
                    <img {...adminThumb(category.image, 48)} />
                  </td>
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link href={`/admin/categories/${encodeURIComponent(category.slug)}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline" aria-label={t("edit", { name: category.name })}>
                      {category.name}
                    </Link>
                  </th>
                  <td className="p-2" dir="ltr">
                    <code>{category.slug}</code>
                  </td>
                  <td className="p-2 text-end">{number.format(category.position)}</td>
                  <td className="p-2 text-end">{t("productCount", { count: category.productCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("empty")}</p>
      )}
      <section aria-labelledby="add-category-title" className="space-y-3">
        <h2 id="add-category-title" className="text-xl font-bold">
          {t("addTitle")}
        </h2>
        <CategoryForm
          formId="category-new"
          initial={{ original: null, slug: "", position: String((categories.at(-1)?.position ?? -1) + 1), image: "", text: {} }}
          choices={imageChoices(sources)}
          text={await categoryFormText(locale, t("add"))}
        />
      </section>
    </div>
  );
}

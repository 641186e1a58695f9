import { getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/lib/i18n/locales";
import { adminThumb, pictureName } from "./category-thumb";
import type { CategoryFormText, ImageChoice } from "./category-form";

/** The category form's words in the staff member's language. */
export async function categoryFormText(locale: Locale, submit: string): Promise<CategoryFormText> {
  const [t, tImages, tLanguage] = await Promise.all([
    getTranslations({ locale, namespace: "admin.categories" }),
    getTranslations({ locale, namespace: "admin.images" }),
    getTranslations({ locale, namespace: "language" }),
  ]);
  return {
    general: t("general"),
    slug: t("slug"),
    slugHint: t("slugHint"),
    position: t("position"),
    positionHint: t("positionHint"),
    image: t("image"),
    imageHint: t("imageHint"),
    current: t("current"),
    upload: t("upload"),
    uploadHint: t("uploadHint", { max: 10 }),
    tooLarge: tImages("errors.tooLarge", { max: 10 }),
    texts: t("texts"),
    languages: Object.fromEntries(locales.map((language) => [language, tLanguage(language)])) as Record<Locale, string>,
    name: t("name"),
    description: t("description"),
    submit,
  };
}

/** The pictures to choose from, each with a thumbnail and its file's name. */
export const imageChoices = (sources: string[]): ImageChoice[] => sources.map((src) => ({ src, label: pictureName(src), thumb: adminThumb(src, 96) }));

import { getTranslations } from "next-intl/server";
import type { ProductImages as ProductImagesData } from "@/lib/admin/product-images";
import type { Locale } from "@/lib/i18n/locales";
import { adminThumb } from "./category-thumb";
import { ProductImages } from "./product-images";

/** The images section of a product's edit page, with its words in the staff member's language. */
export async function ProductImagesSection({ data, locale }: { data: ProductImagesData; locale: Locale }) {
  const [t, tOptions] = await Promise.all([getTranslations({ locale, namespace: "admin.images" }), getTranslations({ locale, namespace: "options.color" })]);
  const count = data.images.length;
  const colorName = (color: string) => (tOptions.has(color as never) ? tOptions(color as never) : color);
  return (
    <ProductImages
      slug={data.slug}
      colors={data.colors}
      images={data.images.map((image) => ({ id: image.id, optionValue: image.optionValue, thumb: adminThumb(image.src, 128) }))}
      text={{
        title: t("title"),
        intro: t("intro"),
        empty: t("empty"),
        imageOf: data.images.map((_, index) => t("imageOf", { index: index + 1, count })),
        sizes: data.images.map((image) => t("size", { width: image.width, height: image.height })),
        color: t("color"),
        everyColor: t("everyColor"),
        colors: Object.fromEntries(data.colors.map((color) => [color, colorName(color)])),
        saveColor: t("saveColor"),
        moveUp: t("moveUp"),
        moveDown: t("moveDown"),
        remove: t("remove"),
        confirmRemove: t("confirmRemove"),
        confirmYes: t("confirmYes"),
        cancel: t("cancel"),
        uploadTitle: t("uploadTitle"),
        file: t("file"),
        uploadHint: t("uploadHint", { max: 10 }),
        uploadColor: t("uploadColor"),
        upload: t("upload"),
        tooLarge: t("errors.tooLarge", { max: 10 }),
      }}
    />
  );
}

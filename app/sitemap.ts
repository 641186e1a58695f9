import type { MetadataRoute } from "next";
import { listCategories, listProductSlugs } from "@/lib/catalog/cached";
import { contentPages } from "@/lib/content/pages";
import { env } from "@/lib/env";
import { defaultLocale, localeTags, locales } from "@/lib/i18n/locales";

// Built per request from the catalog, never during `next build`.
export const dynamic = "force-dynamic";

/** Every page in every locale, each entry listing its translations as hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, categories] = await Promise.all([listProductSlugs(), listCategories(defaultLocale)]);
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(locales.map((l) => [localeTags[l], new URL(`/${l}${path}`, env.SITE_URL).toString()]));
    return locales.map((locale) => ({
      url: new URL(`/${locale}${path}`, env.SITE_URL).toString(),
      lastModified,
      alternates: { languages },
    }));
  };
  return [
    ...entry(""),
    ...categories.flatMap((category) => entry(`/c/${category.slug}`)),
    ...products.flatMap((product) => entry(`/p/${product.slug}`, product.updatedAt)),
    ...[...contentPages, "faq"].flatMap((page) => entry(`/${page}`)),
  ];
}

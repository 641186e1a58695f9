import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Category } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { LanguageSwitcher } from "./language-switcher";
import { SearchForm } from "./search-form";

export function SiteHeader({
  categories,
  locale,
  deliverTo,
  cartLink,
}: {
  categories: Category[];
  locale: Locale;
  deliverTo: ReactNode;
  cartLink: ReactNode;
}) {
  const t = useTranslations("nav");
  const tLanguage = useTranslations("language");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand" aria-label={t("home", { storeName: store.name })}>
          {store.name}
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <SearchForm action={`/${locale}/search`} />
        </div>
        {deliverTo}
        {cartLink}
        <LanguageSwitcher current={locale} label={t("language")} names={Object.fromEntries(locales.map((l) => [l, tLanguage(l)])) as Record<Locale, string>} />
      </div>
      <nav aria-label={t("main")} className="border-t border-line">
        <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 text-sm font-medium">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={`/c/${category.slug}`} className="inline-block whitespace-nowrap px-3 py-2.5 hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

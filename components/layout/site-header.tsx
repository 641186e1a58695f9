import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Category } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { HeaderMenu, HeaderMenuButton, HeaderMenuPanel } from "./header-menu";
import { LanguageSwitcher } from "./language-switcher";
import { SearchForm } from "./search-form";

/**
 * The shop's header. Phones get a compact one (H2): logo, account, wishlist, cart and a menu button
 * in one row, search below, destination and languages behind the menu; from `lg` up everything
 * shows, with the search taking the room left in the top row. On the narrowest phones (320 px) the
 * logo gives way (no basis, so it may wrap onto two lines) rather than the menu button dropping to a row of its own.
 */
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
      <HeaderMenu>
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-1 gap-y-2 px-4 py-2 lg:flex-nowrap lg:gap-x-6 lg:py-3">
          <Link
            href="/"
            className="inline-flex min-h-11 min-w-0 grow basis-0 items-center text-lg leading-tight font-bold tracking-tight text-brand lg:grow-0 lg:basis-auto lg:text-xl"
            aria-label={t("home", { storeName: store.name })}
          >
            {store.name}
          </Link>
          <div className="order-last w-full lg:order-none lg:w-auto lg:min-w-64 lg:flex-1">
            <SearchForm action={`/${locale}/search`} />
          </div>
          <div className="flex items-center">{cartLink}</div>
          <HeaderMenuButton label={t("menu")} />
        </div>
        <div className="border-t border-line">
          <div className="mx-auto flex max-w-7xl flex-col lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-6 lg:px-4">
            <HeaderMenuPanel className="flex-col gap-3 border-b border-line px-4 py-3 lg:order-last lg:ms-auto lg:flex-row lg:items-center lg:gap-4 lg:border-0 lg:p-0">
              {deliverTo}
              <LanguageSwitcher
                current={locale}
                label={t("language")}
                names={Object.fromEntries(locales.map((l) => [l, tLanguage(l)])) as Record<Locale, string>}
              />
            </HeaderMenuPanel>
            <nav aria-label={t("main")} className="min-w-0 lg:flex-auto lg:shrink-0">
              <ul className="flex gap-1 overflow-x-auto px-2 text-sm font-medium lg:px-0">
                {categories.map((category) => (
                  <li key={category.slug}>
                    <Link href={`/c/${category.slug}`} prefetch={false} className="inline-flex min-h-11 items-center whitespace-nowrap px-3 hover:underline">
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </HeaderMenu>
    </header>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeTags, locales } from "@/lib/i18n/locales";

/** Links to the same page in every language, keeping the query (chosen variant, filters). */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const tNav = useTranslations("nav");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={tNav("language")}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              prefetch={false}
              lang={localeTags[locale]}
              hrefLang={localeTags[locale]}
              aria-current={locale === current ? "true" : undefined}
              className={`inline-block rounded px-2 py-1 ${locale === current ? "bg-brand-soft font-semibold text-brand" : "text-ink hover:underline"}`}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

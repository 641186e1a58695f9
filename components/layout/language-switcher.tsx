"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeTags, locales, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the same page in every language, keeping the query (chosen variant, filters).
 * Labels come from the server so the client bundle carries no message formatter.
 */
export function LanguageSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
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
              className={`inline-flex min-h-11 items-center rounded px-3 ${locale === current ? "bg-brand-soft font-semibold text-brand" : "text-ink hover:underline"}`}
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeTags, locales, type Locale } from "@/lib/i18n/locales";

interface Props {
  current: Locale;
  label: string;
  names: Record<Locale, string>;
}

/**
 * Links to the same page in every language, keeping the query (chosen variant, filters).
 * Labels come from the server so the client bundle carries no message formatter. A cached page
 * is shared by many addresses, so there the links are each language's home page until the
 * browser knows the address.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<LanguageLinks {...props} href="/" />}>
      <SamePageLinks {...props} />
    </Suspense>
  );
}

function SamePageLinks(props: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <LanguageLinks {...props} href={search ? `${pathname}?${search}` : pathname} />;
}

function LanguageLinks({ current, label, names, href }: Props & { href: string }) {
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

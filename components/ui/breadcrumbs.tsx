import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-1">
            {index > 0 ? (
              <span aria-hidden="true" className="rtl:rotate-180">
                ›
              </span>
            ) : null}
            {item.href ? (
              <Link href={item.href} className="hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

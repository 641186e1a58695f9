import { useTranslations } from "next-intl";
import type { Category } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";
import { Ltr } from "@/components/ui/ltr";
import { formatInteger } from "@/lib/i18n/digits";
import type { Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { supportHours } from "@/lib/store/hours";

export function SiteFooter({ categories, locale }: { categories: Category[]; locale: Locale }) {
  const t = useTranslations("footer");
  const help = [
    ["/shipping", t("shipping")],
    ["/returns", t("returns")],
    ["/faq", t("faq")],
    ["/contact", t("contact")],
    ["/privacy", t("privacy")],
    ["/privacy#privacy-choices", t("privacyChoices")],
    ["/terms", t("terms")],
  ] as const;
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-3">
        <nav aria-labelledby="footer-shop">
          <h2 id="footer-shop" className="mb-3 font-semibold">
            {t("shop")}
          </h2>
          <ul className="text-sm">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/c/${category.slug}`} prefetch={false} className="inline-flex min-h-11 items-center hover:underline">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="footer-help">
          <h2 id="footer-help" className="mb-3 font-semibold">
            {t("help")}
          </h2>
          <ul className="text-sm">
            {help.map(([href, label]) => (
              <li key={href}>
                <Link href={href} prefetch={false} className="inline-flex min-h-11 items-center hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="mb-3 font-semibold">
            {t("contact")}
          </h2>
          <address className="text-sm not-italic">
            <p>
              <a href={store.contact.phoneHref} className="inline-flex min-h-11 items-center hover:underline">
                <Ltr>{store.contact.phone}</Ltr>
              </a>
            </p>
            <p>
              <a href={`mailto:${store.contact.email}`} className="inline-flex min-h-11 items-center break-all hover:underline">
                <Ltr>{store.contact.email}</Ltr>
              </a>
            </p>
            <p className="text-muted">{t("hours", { hours: supportHours(locale) })}</p>
          </address>
        </section>
      </div>
      <p className="border-t border-line px-4 py-4 text-center text-xs text-muted">
        {t("rights", { year: formatInteger(new Date().getFullYear(), locale, { grouping: false }), storeName: store.name })}
      </p>
    </footer>
  );
}

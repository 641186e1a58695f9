import { useTranslations } from "next-intl";
import { Ltr, ltrTag } from "@/components/ui/ltr";
import { store } from "@/lib/store/config";

/**
 * Site-wide promises; the free-shipping line comes from the shipping rules for the shopper's
 * destination (B3). On phones it is one row: the first promise and the help line.
 */
export function PromiseBar({ freeShipping }: { freeShipping: string | null }) {
  const t = useTranslations("promise");
  return (
    <section aria-label={t("label")} className="bg-brand text-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 px-4 text-xs sm:justify-center sm:gap-x-6 sm:text-sm">
        {freeShipping ? <li className="font-semibold">{freeShipping}</li> : null}
        <li className={freeShipping ? "hidden sm:block" : undefined}>{t("returns", { returnDays: store.returnDays })}</li>
        <li className="hidden md:block">{t("guest")}</li>
        <li>
          <a href={store.contact.phoneHref} className="inline-flex min-h-11 items-center gap-1 underline">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0 sm:hidden" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" strokeLinejoin="round" />
            </svg>
            {/* Phones show the icon and the number; everyone hears "Help: <number>". */}
            <span className="sr-only sm:not-sr-only">{t.rich("help", { phone: store.contact.phone, ltr: ltrTag })}</span>
            <span aria-hidden="true" className="sm:hidden">
              <Ltr>{store.contact.phone}</Ltr>
            </span>
          </a>
        </li>
      </ul>
    </section>
  );
}

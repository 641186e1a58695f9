import { useTranslations } from "next-intl";
import { store } from "@/lib/store/config";

/** Site-wide promises; the free-shipping line comes from the shipping rules for the shopper's destination (B3). */
export function PromiseBar({ freeShipping }: { freeShipping: string | null }) {
  const t = useTranslations("promise");
  return (
    <section aria-label={t("label")} className="bg-brand text-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap items-center justify-center gap-x-6 gap-y-1 px-4 py-2 text-center text-sm">
        {freeShipping ? <li className="font-semibold">{freeShipping}</li> : null}
        <li>{t("returns", { returnDays: store.returnDays })}</li>
        <li className="hidden sm:block">{t("guest")}</li>
        <li>
          <a href={store.contact.phoneHref} className="underline">
            {t("help", { phone: store.contact.phone })}
          </a>
        </li>
      </ul>
    </section>
  );
}

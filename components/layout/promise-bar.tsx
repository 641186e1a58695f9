import { useTranslations } from "next-intl";
import { store } from "@/lib/store/config";

/** Site-wide promises. The costs release adds the free-shipping threshold from the shipping rules. */
export function PromiseBar() {
  const t = useTranslations("promise");
  return (
    <section aria-label={t("label")} className="bg-brand text-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap items-center justify-center gap-x-6 gap-y-1 px-4 py-2 text-center text-sm">
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

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { store } from "@/lib/store/config";

/** Returns and money-back guarantee next to the buy button (C2). */
export function ReturnsBlock() {
  const t = useTranslations("product");
  return (
    <section aria-labelledby="returns-heading" className="rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id="returns-heading" className="font-semibold">
        {t("returnsTitle", { returnDays: store.returnDays })}
      </h2>
      <p className="mt-1 text-muted">{t("returnsText", { returnDays: store.returnDays })}</p>
      <Link href="/returns" className="mt-2 inline-block font-medium text-brand underline">
        {t("returnsLink")}
      </Link>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { promotionState } from "@/lib/admin/pricing-checks";
import type { AdminPromotion, PromotionCategory } from "@/lib/admin/promotions";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";

/** Each promotion: what it gives and on what, when it runs (in the warehouse's time zone) and whether it runs now. */
export async function PromotionTable({ promotions, categories, timeZone, locale }: { promotions: AdminPromotion[]; categories: PromotionCategory[]; timeZone: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.pricing.promotions" });
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone });
  const names = new Map(categories.map((category) => [category.slug, category.name]));
  const now = new Date();
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("promotion")}</th>
            <th scope="col" className="p-2 text-start">{t("gives")}</th>
            <th scope="col" className="p-2 text-start">{t("on")}</th>
            <th scope="col" className="p-2 text-start">{t("runs")}</th>
            <th scope="col" className="p-2 text-start">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {promotions.map((promotion) => (
            <tr key={promotion.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-start">
                <Link href={`/admin/pricing/promotions/${promotion.id}`} aria-label={t("edit", { id: promotion.id })} className="inline-flex min-h-11 items-center font-mono font-semibold text-brand underline" dir="ltr">
                  {promotion.id}
                </Link>
              </th>
              <td className="p-2">{t("percent", { percent: promotion.percentOff })}</td>
              <td className="p-2">{promotion.categories.length ? promotion.categories.map((slug) => names.get(slug) ?? slug).join(", ") : t("wholeCatalog")}</td>
              <td className="p-2">{t("between", { start: when.format(promotion.startsAt), end: when.format(promotion.endsAt) })}</td>
              <td className="p-2">{t(`states.${promotionState(promotion, now)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PromotionForm, PromotionRemoveForm } from "@/components/admin/promotion-form";
import { staffPage } from "@/lib/admin/access";
import { promotionState, toZonedInput } from "@/lib/admin/pricing-checks";
import { loadPromotionForEdit } from "@/lib/admin/pricing-pages";
import { promotionFormText } from "@/lib/admin/pricing-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/pricing/promotions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  const t = await getTranslations({ locale, namespace: "admin.pricing.promotions" });
  return { title: t("editTitle", { id: decodeURIComponent(id) }), robots: { index: false, follow: false } };
}

/** One promotion's form, filled in as it is (times in the warehouse's time zone), whether it runs now, and deleting it. */
export default async function PromotionPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  await staffPage();
  const found = await loadPromotionForEdit(decodeURIComponent(id), locale);
  if (!found) notFound();
  const { promotion, categories, timeZone } = found;
  const t = await getTranslations("admin.pricing");
  return (
    <div className="space-y-6">
      <Link href="/admin/pricing" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("promotions.editTitle", { id: promotion.id })}</h1>
      <p>
        {t("promotions.state")}: {t(`promotions.states.${promotionState(promotion, new Date())}`)}
      </p>
      <PromotionForm
        isNew={false}
        categories={categories}
        initial={{
          id: promotion.id,
          percentOff: String(promotion.percentOff),
          categories: promotion.categories,
          startsAt: toZonedInput(promotion.startsAt, timeZone),
          endsAt: toZonedInput(promotion.endsAt, timeZone),
        }}
        text={await promotionFormText(locale, { title: t("promotions.settingsTitle"), submit: t("promotions.save"), timeZone })}
      />
      <PromotionRemoveForm id={promotion.id} text={t("promotions.remove")} />
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PromotionForm } from "@/components/admin/promotion-form";
import { PromotionTable } from "@/components/admin/promotion-table";
import { ZoneForm } from "@/components/admin/shipping-zone-form";
import { ShippingZonesTable } from "@/components/admin/shipping-zones-table";
import { staffPage } from "@/lib/admin/access";
import { loadPricingOverview } from "@/lib/admin/pricing-pages";
import { promotionFormText, zoneFormText } from "@/lib/admin/pricing-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/pricing">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.pricing" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * Every rule the storefront's `quote()` prices with: shipping zones (each with its methods on its
 * own page), the warehouse's delivery days, promotions, and links to taxes and coupons.
 */
export default async function PricingPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const removed = (await searchParams).removed;
  const [t, overview] = await Promise.all([getTranslations("admin.pricing"), loadPricingOverview(locale)]);
  const { zones, warehouse, promotions, categories, nextPosition } = overview;
  const timeZone = warehouse?.timeZone ?? "UTC";
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p role="status" className="text-ok">
          {removed === "zone" ? t("removedZone") : removed === "promotion" ? t("removedPromotion") : ""}
        </p>
      </div>

      <section aria-labelledby="zones-title" className="space-y-4">
        <h2 id="zones-title" className="text-2xl font-bold">
          {t("zones.title")}
        </h2>
        <p className="max-w-3xl">{t("zones.intro")}</p>
        {zones.length ? <ShippingZonesTable zones={zones} locale={locale} /> : <p>{t("zones.none")}</p>}
        <ZoneForm
          isNew
          initial={{ id: "", countries: "", domestic: false, position: String(nextPosition) }}
          text={await zoneFormText(locale, { title: t("zones.addTitle"), submit: t("zones.create") })}
        />
      </section>

      <section aria-labelledby="warehouse-title" className="space-y-3">
        <h2 id="warehouse-title" className="text-2xl font-bold">
          {t("warehouse.title")}
        </h2>
        <p className="max-w-3xl">{t("warehouse.intro")}</p>
        <p>
          {warehouse
            ? t("warehouse.summary", { cutoff: warehouse.cutoff, timeZone: warehouse.timeZone, days: warehouse.handlingDays, holidays: warehouse.holidays.length })
            : t("warehouse.missing")}
        </p>
        <Link href="/admin/pricing/warehouse" className="inline-flex min-h-11 items-center text-brand underline">
          {t("warehouse.link")}
        </Link>
      </section>

      <section aria-labelledby="promotions-title" className="space-y-4">
        <h2 id="promotions-title" className="text-2xl font-bold">
          {t("promotions.title")}
        </h2>
        <p className="max-w-3xl">{t("promotions.intro")}</p>
        {promotions.length ? <PromotionTable promotions={promotions} categories={categories} timeZone={timeZone} locale={locale} /> : <p>{t("promotions.none")}</p>}
        <PromotionForm
          isNew
          categories={categories}
          initial={{ id: "", percentOff: "", categories: [], startsAt: "", endsAt: "" }}
          text={await promotionFormText(locale, { title: t("promotions.addTitle"), submit: t("promotions.create"), timeZone })}
        />
      </section>

      <section aria-labelledby="other-title" className="space-y-3">
        <h2 id="other-title" className="text-2xl font-bold">
          {t("otherRules")}
        </h2>
        <ul className="space-y-2">
          <li>
            <Link href="/admin/taxes" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
              {t("taxesLink")}
            </Link>
            <p>{t("taxesText")}</p>
          </li>
          <li>
            <Link href="/admin/coupons" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
              {t("couponsLink")}
            </Link>
            <p>{t("couponsText")}</p>
          </li>
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HolidayAddForm, HolidayRemoveButton, WarehouseForm } from "@/components/admin/warehouse-form";
import { staffPage } from "@/lib/admin/access";
import { loadWarehouseForEdit } from "@/lib/admin/pricing-pages";
import { warehouseFormText } from "@/lib/admin/pricing-text";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/pricing/warehouse">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.pricing.warehouse" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The warehouse delivery dates count from: time zone, cut-off, handling days and holidays. */
export default async function WarehousePage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, warehouse] = await Promise.all([getTranslations("admin.pricing"), loadWarehouseForEdit()]);
  // Calendar days, never shifted by a time zone.
  const day = new Intl.DateTimeFormat(localeTags[locale], { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const formatDay = (date: string) => day.format(new Date(`${date}T12:00:00Z`));
  return (
    <div className="space-y-6">
      <Link href="/admin/pricing" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("warehouse.title")}</h1>
      <p className="max-w-3xl">{t("warehouse.intro")}</p>
      {warehouse ? null : <p>{t("warehouse.missing")}</p>}
      <WarehouseForm
        initial={{ timeZone: warehouse?.timeZone ?? "", cutoff: warehouse?.cutoff ?? "14:00", handlingDays: String(warehouse?.handlingDays ?? 0) }}
        text={await warehouseFormText(locale)}
      />
      {warehouse ? (
        <section aria-labelledby="holidays-title" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="holidays-title" className="text-xl font-bold">
            {t("warehouse.holidays")}
          </h2>
          <p>{t("warehouse.holidaysIntro")}</p>
          {warehouse.holidays.length ? (
            <ul className="space-y-1">
              {warehouse.holidays.map((date) => (
                <li key={date} className="flex flex-wrap items-center gap-3">
                  <time dateTime={date} className="min-w-40">
                    {formatDay(date)}
                  </time>
                  <HolidayRemoveButton date={date} label={t("warehouse.removeHoliday", { date: formatDay(date) })} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("warehouse.noHolidays")}</p>
          )}
          <HolidayAddForm text={{ date: t("warehouse.holidayDate"), submit: t("warehouse.addHoliday") }} />
        </section>
      ) : null}
    </div>
  );
}

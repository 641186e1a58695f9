import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnalyticsFunnelChart } from "@/components/admin/analytics-funnel-chart";
import { AnalyticsFilters } from "@/components/admin/analytics-filters";
import { AnalyticsTables } from "@/components/admin/analytics-tables";
import { staffPage } from "@/lib/admin/access";
import { loadAnalyticsMarkets, loadAnalyticsPage } from "@/lib/analytics/admin-page";
import { directionOf, localeTags, type Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/analytics">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.analytics" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The funnel and core figures (G1, G2) for the view the URL names (a GET form: period, device,
 * language, market, source, traffic kinds), each chart also as a table, with the raw events to export.
 */
export default async function AnalyticsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, page, markets] = await Promise.all([getTranslations("admin.analytics"), loadAnalyticsPage(await searchParams), loadAnalyticsMarkets()]);
  const tag = localeTags[locale];
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(page.view)) {
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else if (value) query.set(key, value);
  }
  const exportHref = (format: string) => `/api/admin/analytics/export?${query.toString()}&format=${format}`;

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <AnalyticsFilters locale={locale} view={page.view} markets={markets} problem={page.status === "refused" ? { field: page.field, message: t(`errors.${page.problem}`) } : null} />
      {page.status === "ok" ? (
        <>
          <section aria-labelledby="funnel-title" className="space-y-4">
            <h2 id="funnel-title" className="text-2xl font-semibold">
              {t("funnelTitle")}
            </h2>
            <figure className="space-y-2 rounded-lg border border-line bg-white p-3">
              <AnalyticsFunnelChart
                bars={page.report.steps.map((step, index) => ({ label: t(`steps.${step.step}`), visits: step.visits, previous: page.report.previousSteps[index]!.visits }))}
                labels={{ visits: t("thisPeriod"), previous: t("previousPeriod") }}
                localeTag={tag}
                rtl={directionOf(locale) === "rtl"}
              />
              <figcaption className="text-sm">{t("chartCaption")}</figcaption>
            </figure>
          </section>
          <AnalyticsTables locale={locale} report={page.report} />
          <section aria-labelledby="export-title" className="space-y-2">
            <h2 id="export-title" className="text-2xl font-semibold">
              {t("exportTitle")}
            </h2>
            <p>{t("exportIntro")}</p>
            <ul className="flex flex-wrap gap-3">
              {(
                [
                  ["csv", t("exportCsv")],
                  ["json", t("exportJson")],
                  ["ndjson", t("exportNdjson")],
                  ["funnel", t("exportFunnel")],
                ] as const
              ).map(([format, label]) => (
                <li key={format}>
                  <a href={exportHref(format)} className="inline-flex min-h-11 items-center font-medium text-brand underline" download>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}

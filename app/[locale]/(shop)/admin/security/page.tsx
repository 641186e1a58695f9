import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CspReportTable } from "@/components/admin/csp-report-table";
import { RefusalTable } from "@/components/admin/refusal-table";
import { staffPage } from "@/lib/admin/access";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { loadSecurityPage } from "@/lib/security/security-page";

type Props = PageProps<"/[locale]/admin/security">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.security" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** What the store blocked (scripts under its policy) and refused (requests over abuse limits). */
export default async function SecurityPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, { cspReports, refusals }] = await Promise.all([getTranslations("admin.security"), loadSecurityPage()]);
  const time = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="security-csp" className="space-y-3">
        <h2 id="security-csp" className="text-xl font-semibold">{t("csp.heading")}</h2>
        <p>{t("csp.intro")}</p>
        <CspReportTable rows={cspReports} time={time} />
      </section>
      <section aria-labelledby="security-refusals" className="space-y-3">
        <h2 id="security-refusals" className="text-xl font-semibold">{t("refusals.heading")}</h2>
        <p>{t("refusals.intro")}</p>
        <RefusalTable rows={refusals} time={time} />
      </section>
    </div>
  );
}

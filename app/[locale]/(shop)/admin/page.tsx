import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OverviewFigures } from "@/components/admin/overview-figures";
import { RecoverySummary } from "@/components/admin/recovery-summary";
import { WebhookLog } from "@/components/admin/webhook-log";
import { staffPage } from "@/lib/admin/access";
import { loadOverview } from "@/lib/admin/pages";
import type { Locale } from "@/lib/i18n/locales";
import { loadRecoverySummary, loadWebhookLog } from "@/lib/recovery/summary";

type Props = PageProps<"/[locale]/admin">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("adminTitle"), robots: { index: false, follow: false } };
}

/** The admin's first page: today and the last 30 days, what needs staff now, and what the reminders brought back. */
export default async function AdminPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, overview, recovery, webhooks] = await Promise.all([getTranslations("account"), loadOverview(), loadRecoverySummary(), loadWebhookLog({ limit: 20 })]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("adminTitle")}</h1>
      <OverviewFigures overview={overview} locale={locale} />
      <RecoverySummary summary={recovery} locale={locale} />
      <WebhookLog rows={webhooks} locale={locale} />
    </div>
  );
}

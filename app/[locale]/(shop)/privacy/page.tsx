import { getTranslations } from "next-intl/server";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { AdConsentForm } from "@/components/retargeting/ad-consent";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/privacy">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "privacy");
}

export default async function Page({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "adConsent" });
  return (
    <div className="space-y-10">
      <ContentPage locale={locale} page="privacy" />
      <AdConsentForm
        text={{ heading: t("heading"), intro: t("intro"), legend: t("legend"), allow: t("allow"), deny: t("deny"), save: t("save"), saved: t("saved"), gpc: t("gpc") }}
      />
    </div>
  );
}

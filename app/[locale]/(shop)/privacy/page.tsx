import { ContentPage, contentMetadata } from "@/components/content/content-page";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/privacy">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "privacy");
}

export default async function Page({ params }: Props) {
  return <ContentPage locale={((await params) as { locale: Locale }).locale} page="privacy" />;
}

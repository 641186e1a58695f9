import { FaqPage, contentMetadata } from "@/components/content/content-page";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/faq">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "faq");
}

export default async function Page({ params }: Props) {
  return <FaqPage locale={((await params) as { locale: Locale }).locale} />;
}

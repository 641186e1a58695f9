import { FaqPage, contentMetadata } from "@/components/content/content-page";
import { ShippingRatesTable } from "@/components/pricing/shipping-rates-table";
import type { Locale } from "@/lib/i18n/locales";
import { shopperPricing } from "@/lib/pricing/shopper";

type Props = PageProps<"/[locale]/faq">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "faq");
}

export default async function Page({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  // In the shopper's currency, like every other price they see.
  const { rules } = await shopperPricing();
  return <FaqPage locale={locale} extras={{ shipping: <ShippingRatesTable rules={rules} locale={locale} headingLevel={3} /> }} />;
}

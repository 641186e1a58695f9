import { HelpOnRevisit } from "@/components/chat/help-on-revisit";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { ShippingRatesTable } from "@/components/pricing/shipping-rates-table";
import type { Locale } from "@/lib/i18n/locales";
import { shopperPricing } from "@/lib/pricing/shopper";

type Props = PageProps<"/[locale]/shipping">;

export async function generateMetadata({ params }: Props) {
  return contentMetadata(((await params) as { locale: Locale }).locale, "shipping");
}

export default async function Page({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  // In the shopper's currency, like every other price they see.
  const { rules } = await shopperPricing();
  return (
    <ContentPage locale={locale} page="shipping">
      <ShippingRatesTable rules={rules} locale={locale} />
      {/* Back on this page in the same visit: the answer was not here, so the chat offers help (F4). */}
      <HelpOnRevisit page="shipping" moment="shipping_revisit" />
    </ContentPage>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrderLookupForm } from "@/components/checkout/order-lookup-form";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/orders">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "order" });
  return { title: t("lookupTitle"), robots: { index: false, follow: true } };
}

/** Guests look an order up by its number and email; a match leads to the signed status page. */
export default async function OrderLookupPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("order");
  return (
    <div className="mx-auto max-w-md space-y-4 py-10">
      <h1 className="text-3xl font-bold">{t("lookupTitle")}</h1>
      <p>{t("lookupIntro")}</p>
      <OrderLookupForm text={{ number: t("lookupNumber"), email: t("lookupEmail"), submit: t("lookupSubmit") }} />
    </div>
  );
}

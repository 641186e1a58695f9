import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PhoneOrderForm } from "@/components/admin/phone-order-form";
import { staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { locales, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { getPricingRules } from "@/lib/pricing/cached";
import { shippableCountries } from "@/lib/pricing/destination";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/admin/orders/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.phoneOrder" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A phone order: staff take it down for a customer and the store prices and places it as its checkout would. */
export default async function NewPhoneOrderPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, tLanguage, rules] = await Promise.all([getTranslations("admin.phoneOrder"), getTranslations("language"), getPricingRules()]);
  const { email = "" } = firstValues(await searchParams);
  const countries = shippableCountries(rules.zones)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <PhoneOrderForm
        countries={countries}
        initial={{ email: email.slice(0, 254), customerLocale: locale, country: store.country, paymentMethod: "bank_transfer" }}
        text={{
          customer: t("customer"),
          email: t("email"),
          customerLocale: t("customerLocale"),
          locales: Object.fromEntries(locales.map((code) => [code, tLanguage(code)])),
          address: t("address"),
          fullName: t("fullName"),
          line1: t("line1"),
          line2: t("line2"),
          postalCode: t("postalCode"),
          city: t("city"),
          region: t("region"),
          regionHint: t("regionHint"),
          country: t("country"),
          items: t("items"),
          lines: t("lines"),
          linesHint: t("linesHint"),
          couponCode: t("couponCode"),
          shipping: t("shipping"),
          cheapest: t("cheapest"),
          payment: t("payment"),
          bankTransfer: t("bankTransfer"),
          cashOnDelivery: t("cashOnDelivery"),
          paymentHint: t("paymentHint"),
          check: t("check"),
          place: t("place"),
          summary: t("summary"),
          sku: t("sku"),
          product: t("product"),
          quantity: t("quantity"),
          lineTotal: t("lineTotal"),
        }}
      />
    </div>
  );
}

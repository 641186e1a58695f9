import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TaxRateForm, type TaxRateText } from "@/components/admin/tax-rate-form";
import { staffPage } from "@/lib/admin/access";
import { loadTaxRates } from "@/lib/admin/pages";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";

type Props = PageProps<"/[locale]/admin/taxes">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.taxes" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The tax rates by country and region, each editable in place; a form adds one. The next quote uses them. */
export default async function TaxesPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, rates] = await Promise.all([getTranslations("admin.taxes"), loadTaxRates()]);
  const percent = new Intl.NumberFormat(localeTags[locale], { style: "percent", maximumFractionDigits: 3 });
  const text = (submit: string): TaxRateText => ({
    country: t("country"),
    region: t("region"),
    rate: t("rate"),
    inclusive: t("inclusive"),
    appliesToShipping: t("appliesToShipping"),
    label: t("label"),
    labels: { vat: t("labels.vat"), salesTax: t("labels.salesTax"), gst: t("labels.gst") },
    submit,
    remove: t("remove"),
  });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <ul className="space-y-2">
        {rates.map((rate) => {
          const place = `${countryName(rate.country, locale)}${rate.region ? ` · ${rate.region}` : ""}`;
          return (
            <li key={rate.id} className="rounded-lg border border-line bg-white p-3">
              <details>
                <summary className="min-h-11 cursor-pointer py-2">
                  <span className="font-semibold">{place}</span> · {percent.format(rate.rate / 10_000)} · {t(`labels.${rate.label}`)}
                  {rate.inclusive ? ` · ${t("inclusive")}` : ""}
                  {rate.appliesToShipping ? ` · ${t("appliesToShipping")}` : ""}
                </summary>
                <div className="mt-2">
                  <TaxRateForm
                    formId={`tax-${rate.id}`}
                    initial={{ id: rate.id, country: rate.country, region: rate.region ?? "", rate: String(rate.rate / 100), inclusive: rate.inclusive, appliesToShipping: rate.appliesToShipping, label: rate.label }}
                    text={text(t("save"))}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="add-tax-title" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="add-tax-title" className="text-xl font-bold">
          {t("addTitle")}
        </h2>
        <TaxRateForm formId="tax-new" initial={{ id: null, country: "", region: "", rate: "", inclusive: false, appliesToShipping: false, label: "vat" }} text={text(t("add"))} />
      </section>
    </div>
  );
}

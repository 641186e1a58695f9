import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SettingsSectionForm, type SectionValues } from "@/components/admin/settings-forms";
import { staffPage } from "@/lib/admin/access";
import { loadSettingsPage } from "@/lib/admin/settings-pages";
import type { Locale } from "@/lib/i18n/locales";
import { money, toDecimalString } from "@/lib/money";
import { adminOnlySections, sectionNames, type SettingsSection, type StoreSettings } from "@/lib/settings/fields";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/admin/settings">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.settings" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Each section's values as its form shows them. */
function formValues(section: SettingsSection, settings: StoreSettings): SectionValues {
  if (section === "checkout") return { ...settings.checkout };
  if (section === "payments") {
    const { methods, bankTransfer } = settings.payments;
    return {
      method_card: methods.includes("card"),
      method_cash_on_delivery: methods.includes("cash_on_delivery"),
      method_bank_transfer: methods.includes("bank_transfer"),
      ...bankTransfer,
      payWithinDays: String(bankTransfer.payWithinDays),
    };
  }
  if (section === "recovery") {
    const recovery = settings.recovery;
    const minimum = recovery.staffAlert?.minimum[store.currency];
    return {
      delays: recovery.delays.join(", "),
      withoutConsent: recovery.withoutConsent,
      quietFrom: recovery.quietHours.from,
      quietTo: recovery.quietHours.to,
      incentive: recovery.incentive?.kind ?? "none",
      incentivePercent: recovery.incentive?.kind === "percent" ? String(recovery.incentive.value) : "",
      incentiveValidDays: String(recovery.incentiveValidDays),
      exitOfferCode: recovery.exitOfferCode ?? "",
      alertMinimum: minimum === undefined ? "" : toDecimalString(money(minimum, store.currency)),
      alertTo: recovery.staffAlert?.to ?? "",
      webhookUrls: recovery.webhookUrls.join("\n"),
      textReminders: recovery.textReminders,
    };
  }
  return { ...settings.mail };
}

const fieldNames: Record<SettingsSection, string[]> = {
  checkout: ["askPhone", "askCompany"],
  payments: ["methods", "method_card", "method_cash_on_delivery", "method_bank_transfer", "accountHolder", "iban", "bic", "payWithinDays"],
  recovery: [
    "delays",
    "delaysHint",
    "withoutConsent",
    "withoutConsentFirst",
    "withoutConsentNone",
    "quietFrom",
    "quietTo",
    "incentive",
    "incentiveNone",
    "incentivePercentOff",
    "incentiveFreeShipping",
    "incentivePercent",
    "incentivePercentHint",
    "incentiveValidDays",
    "exitOfferCode",
    "exitOfferCodeHint",
    "alertMinimum",
    "alertMinimumHint",
    "alertTo",
    "webhookUrls",
    "webhookUrlsHint",
    "textReminders",
  ],
  mail: ["fromName", "fromAddress"],
};

/**
 * The store's settings in four sections, each saved on its own: checkout fields, payment methods
 * (admins only), abandoned-cart recovery and the mail sender. Saved values replace the defaults of
 * lib/store/config.ts and the env vars; the next request uses them.
 */
export default async function SettingsPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const member = await staffPage();
  const [t, saved] = await Promise.all([getTranslations("admin.settings"), loadSettingsPage()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {sectionNames.map((section) => (
        <SettingsSectionForm
          key={section}
          section={section}
          version={saved.version}
          title={t(`sections.${section}.title`)}
          intro={t(`sections.${section}.intro`, { currency: store.currency })}
          changed={saved.changed.includes(section)}
          readOnly={adminOnlySections.has(section) && member.role !== "admin"}
          initial={formValues(section, saved.settings)}
          text={{
            ...Object.fromEntries(fieldNames[section].map((name) => [name, t(`fields.${name}` as "fields.delays", { currency: store.currency })])),
            save: t("save"),
            reset: t("resetDefaults"),
            adminOnly: t("adminOnly"),
          }}
        />
      ))}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MethodForm } from "@/components/admin/shipping-method-form";
import { ZoneForm, ZoneRemoveForm } from "@/components/admin/shipping-zone-form";
import { zoneNamer } from "@/components/admin/shipping-zones-table";
import { staffPage } from "@/lib/admin/access";
import { loadZoneForEdit } from "@/lib/admin/pricing-pages";
import { methodFormText, methodFormValues, tierRows, zoneFormText } from "@/lib/admin/pricing-text";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/admin/pricing/shipping/[zone]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, zone } = (await params) as { locale: Locale; zone: string };
  const t = await getTranslations({ locale, namespace: "admin.pricing.zones" });
  return { title: t("editTitle", { zone: (await zoneNamer(locale))(decodeURIComponent(zone)) }), robots: { index: false, follow: false } };
}

/** One zone: its countries and settings, each of its methods editable in place, a form for a new method, and deleting the zone. */
export default async function ZonePage({ params }: Props) {
  const { locale, zone: zoneParam } = (await params) as { locale: Locale; zone: string };
  setRequestLocale(locale);
  await staffPage();
  const zone = await loadZoneForEdit(decodeURIComponent(zoneParam));
  if (!zone) notFound();
  const [t, name] = await Promise.all([getTranslations("admin.pricing"), zoneNamer(locale)]);
  const format = (amount: number) => formatMoney(money(amount, store.currency), localeTags[locale]);
  const title = t("zones.editTitle", { zone: name(zone.id) });
  const [editText, addText] = await Promise.all([methodFormText(locale, t("methods.save")), methodFormText(locale, t("methods.create"))]);
  const price = (method: (typeof zone.methods)[number]) =>
    method.rate
      .map((tier) => (tier.below === null ? (method.rate.length === 1 ? t("methods.tierOnly", { amount: format(tier.amount) }) : t("methods.tierRest", { amount: format(tier.amount) })) : t("methods.tierUnder", { amount: format(tier.amount), below: format(tier.below) })))
      .join(" · ");
  return (
    <div className="space-y-6">
      <Link href="/admin/pricing" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      <ZoneForm
        isNew={false}
        initial={{ id: zone.id, countries: zone.countries.join(", "), domestic: zone.domestic, position: String(zone.position) }}
        text={await zoneFormText(locale, { title: t("zones.settingsTitle"), submit: t("zones.save") })}
      />

      <section aria-labelledby="methods-title" className="space-y-3">
        <h2 id="methods-title" className="text-2xl font-bold">
          {t("methods.title")}
        </h2>
        {zone.methods.length ? (
          <ul className="space-y-2">
            {zone.methods.map((method) => (
              <li key={method.id} className="rounded-lg border border-line bg-white p-3">
                <details>
                  <summary className="min-h-11 cursor-pointer py-2">
                    <span className="font-semibold">
                      {t(`methods.services.${method.service}`)} · {method.carrier}
                    </span>{" "}
                    · {price(method)} · {t("methods.freeOver")}: {method.freeOver === null ? t("methods.neverFree") : format(method.freeOver)} ·{" "}
                    {t("methods.transitDays", { min: method.transitDaysMin, max: method.transitDaysMax })}
                  </summary>
                  <div className="mt-2">
                    <MethodForm formId={`method-${method.id}`} initial={methodFormValues(method)} text={editText} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("methods.none")}</p>
        )}
      </section>

      <section aria-labelledby="method-new-title" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="method-new-title" className="text-xl font-bold">
          {t("methods.addTitle")}
        </h2>
        <MethodForm
          formId="method-new"
          initial={{ id: "", zoneId: zone.id, service: "standard", carrier: "", tiers: tierRows([]), freeOver: "", transitDaysMin: "", transitDaysMax: "", position: String(zone.methods.length) }}
          text={addText}
        />
      </section>

      <ZoneRemoveForm id={zone.id} text={{ title: t("zones.remove"), hint: t("zones.removeHint"), confirm: t("zones.removeConfirm", { zone: name(zone.id) }), submit: t("zones.remove") }} />
    </div>
  );
}

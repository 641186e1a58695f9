import { getTranslations } from "next-intl/server";
import type { AdminShippingZone } from "@/lib/admin/shipping-rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";

/** The storefront's name of a zone where it has one ("Gulf states"), else its id. */
export async function zoneNamer(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "shippingTable" });
  return (id: string) => (t.has(`zones.${id}` as "zones.us") ? t(`zones.${id}` as "zones.us") : id);
}

/** Each zone: its countries (named), whether it is domestic and how many methods it has; its name links to its page. */
export async function ShippingZonesTable({ zones, locale }: { zones: AdminShippingZone[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.pricing.zones" });
  const name = await zoneNamer(locale);
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("zone")}</th>
            <th scope="col" className="p-2 text-start">{t("countries")}</th>
            <th scope="col" className="p-2 text-start">{t("domestic")}</th>
            <th scope="col" className="p-2 text-end">{t("methods")}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => (
            <tr key={zone.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-start">
                <Link href={`/admin/pricing/shipping/${zone.id}`} aria-label={t("edit", { zone: name(zone.id) })} className="inline-flex min-h-11 items-center font-semibold text-brand underline">
                  {name(zone.id)}
                </Link>
              </th>
              <td className="p-2">{zone.countries.map((code) => `${countryName(code, locale)} (${code})`).join(", ")}</td>
              <td className="p-2">{zone.domestic ? t("yes") : t("no")}</td>
              <td className="p-2 text-end">{t("methodCount", { count: zone.methods.length })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

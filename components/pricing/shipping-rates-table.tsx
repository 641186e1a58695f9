import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney, money } from "@/lib/money";
import type { PricingRules } from "@/lib/pricing/types";
import { formatClock } from "@/lib/store/hours";

/** The time zone's short name today ("PST", "GMT-8"): a cut-off means nothing without it. */
function shortZoneName(timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { timeZone, timeZoneName: "short" }).formatToParts(new Date()).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** The shipping rules as a table, generated from the same data that prices every order (B5). */
export async function ShippingRatesTable({ rules, locale, headingLevel = 2 }: { rules: PricingRules; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("shippingTable");
  const tDelivery = await getTranslations("delivery");
  const format = (amount: number) => formatMoney(money(amount, rules.currency), localeTags[locale]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // A zone the merchant added in the admin has no name in the messages: its countries name it.
  const countryList = new Intl.ListFormat(localeTags[locale], { style: "short", type: "conjunction" });
  const zoneName = (id: string) =>
    t.has(`zones.${id}` as "zones.us") ? t(`zones.${id}` as "zones.us") : countryList.format(rules.zones.find((zone) => zone.id === id)?.countries.map((code) => countryName(code, locale)) ?? [id]);
  return (
    <section aria-labelledby="shipping-rates" className="mb-8">
      <Heading id="shipping-rates" className="mb-3 text-xl font-semibold">
        {t("title")}
      </Heading>
      {/* On a phone the table scrolls sideways inside this box, which keyboard users can focus to scroll. */}
      <div className="overflow-x-auto" role="group" aria-labelledby="shipping-rates" tabIndex={0}>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start">{t("zone")}</th>
              <th scope="col" className="p-2 text-start">{t("method")}</th>
              <th scope="col" className="p-2 text-start">{t("price")}</th>
              <th scope="col" className="p-2 text-start">{t("freeOver")}</th>
              <th scope="col" className="p-2 text-start">{t("transit")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.zones.flatMap((zone) =>
              rules.methods
                .filter((m) => m.zoneId === zone.id)
                .map((method, index) => (
                  <tr key={method.id} className="border-b border-line align-top">
                    {index === 0 ? (
                      <th scope="row" rowSpan={rules.methods.filter((m) => m.zoneId === zone.id).length} className="p-2 text-start font-semibold">
                        {zoneName(zone.id)}
                      </th>
                    ) : null}
                    <td className="p-2">{tDelivery("carrier", { service: tDelivery(method.service), carrier: method.carrier })}</td>
                    <td className="p-2">
                      {method.rate.length === 1
                        ? format(method.rate[0]!.amount)
                        : method.rate.map((tier) => (
                            <span key={String(tier.below)} className="block">
                              {tier.below === null ? t("tierFrom", { amount: format(tier.amount) }) : t("tierBelow", { amount: format(tier.amount), below: format(tier.below) })}
                            </span>
                          ))}
                    </td>
                    <td className="p-2">{method.freeOver === null ? t("never") : format(method.freeOver)}</td>
                    <td className="p-2">{t("transitDays", { min: method.transitDays.min, max: method.transitDays.max })}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">{t("cutoffNote", { cutoff: `${formatClock(locale, rules.warehouse.cutoff)} ${shortZoneName(rules.warehouse.timeZone, locale)}` })}</p>
    </section>
  );
}

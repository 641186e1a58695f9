import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import type { loadRecoverySummary } from "@/lib/recovery/summary";

/** Abandoned carts, what the reminders brought back and how each segment was treated, for the merchant (E2, E5, G5). */
export async function RecoverySummary({ summary, locale }: { summary: Awaited<ReturnType<typeof loadRecoverySummary>>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "recovery" });
  const number = new Intl.NumberFormat(localeTags[locale]);
  return (
    <section aria-labelledby="recovery-title" className="space-y-3">
      <h2 id="recovery-title" className="text-xl font-bold">
        {t("title", { days: summary.days })}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-line bg-white p-3">
          <dt className="text-sm text-muted">{t("abandoned")}</dt>
          <dd className="text-2xl font-bold">{number.format(summary.abandoned)}</dd>
        </div>
        <div className="rounded-lg border border-line bg-white p-3">
          <dt className="text-sm text-muted">{t("recoveredOrders")}</dt>
          <dd className="text-2xl font-bold">{number.format(summary.recovered.reduce((sum, row) => sum + row.orders, 0))}</dd>
        </div>
        <div className="rounded-lg border border-line bg-white p-3">
          <dt className="text-sm text-muted">{t("recoveredValue")}</dt>
          <dd className="text-2xl font-bold">
            {summary.recovered.length
              ? summary.recovered.map((row) => formatMoney(money(row.value, row.currency), localeTags[locale])).join(" · ")
              : number.format(0)}
          </dd>
        </div>
        <div className="rounded-lg border border-line bg-white p-3">
          <dt className="text-sm text-muted">{t("chatAssisted")}</dt>
          <dd className="text-2xl font-bold">{number.format(summary.chatAssisted.reduce((sum, row) => sum + row.orders, 0))}</dd>
        </div>
      </dl>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-semibold">{t("remindersCaption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("reminder")}</th>
            <th scope="col" className="p-2 text-end">{t("sent")}</th>
            <th scope="col" className="p-2 text-end">{t("clicked")}</th>
            <th scope="col" className="p-2 text-end">{t("restored")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.reminders.length ? (
            summary.reminders.map((row) => (
              <tr key={`${row.step}:${row.channel}`} className="border-b border-line">
                <th scope="row" className="p-2 text-start font-normal">
                  {t("step", { step: row.step, channel: row.channel })}
                </th>
                <td className="p-2 text-end">{number.format(row.sent)}</td>
                <td className="p-2 text-end">{number.format(row.clicked)}</td>
                <td className="p-2 text-end">{number.format(row.restored)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={4} className="p-2 text-muted">
                {t("noneSent")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-semibold">{t("segmentsCaption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("segment")}</th>
            <th scope="col" className="p-2 text-start">{t("visitor")}</th>
            <th scope="col" className="p-2 text-start">{t("treatment")}</th>
            <th scope="col" className="p-2 text-end">{t("carts")}</th>
            <th scope="col" className="p-2 text-end">{t("reminded")}</th>
            <th scope="col" className="p-2 text-end">{t("recovered")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.segments.length ? (
            summary.segments.map((row) => (
              <tr key={`${row.segment}:${row.visitor}:${row.treatment}`} className="border-b border-line">
                <th scope="row" className="p-2 text-start font-normal">
                  {t("segmentName", { segment: row.segment })}
                </th>
                <td className="p-2">{t("visitorKind", { visitor: row.visitor })}</td>
                <td className="p-2">{t("treatmentName", { treatment: row.treatment.replace("-", "_") })}</td>
                <td className="p-2 text-end">{number.format(row.carts)}</td>
                <td className="p-2 text-end">{number.format(row.reminded)}</td>
                <td className="p-2 text-end">{number.format(row.recovered)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={6} className="p-2 text-muted">
                {t("noCarts")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

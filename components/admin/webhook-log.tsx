import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import type { WebhookLogRow } from "@/lib/recovery/queries";

/** The outgoing webhooks (E6): each event, where it went, its attempts and what the endpoint answered. */
export async function WebhookLog({ rows, locale }: { rows: WebhookLogRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "recovery" });
  const time = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "short", timeStyle: "short" });
  const number = new Intl.NumberFormat(localeTags[locale]);
  const result = (row: WebhookLogRow) => {
    if (row.deliveredAt) return t("webhookDelivered", { time: time.format(row.deliveredAt) });
    if (row.attempts === 0) return t("webhookWaiting");
    const error = row.lastStatus !== null ? `HTTP ${row.lastStatus}` : (row.lastError ?? "?");
    return row.nextAttemptAt ? t("webhookRetry", { error, time: time.format(row.nextAttemptAt) }) : t("webhookFailed", { error });
  };
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="p-2 text-start font-semibold">{t("webhooksCaption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t("webhookEvent")}</th>
          <th scope="col" className="p-2 text-start">{t("webhookEndpoint")}</th>
          <th scope="col" className="p-2 text-end">{t("webhookAttempts")}</th>
          <th scope="col" className="p-2 text-start">{t("webhookResult")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length ? (
          rows.map((row) => (
            <tr key={row.id} className="border-b border-line">
              <th scope="row" className="p-2 text-start font-normal">
                <code dir="ltr">{row.type}</code> <span className="text-muted">{time.format(row.createdAt)}</span>
              </th>
              <td className="p-2 wrap-anywhere" dir="ltr">
                {row.endpoint}
              </td>
              <td className="p-2 text-end">{number.format(row.attempts)}</td>
              <td className="p-2">{result(row)}</td>
            </tr>
          ))
        ) : (
          <tr>
            <td colSpan={4} className="p-2 text-muted">
              {t("noWebhooks")}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

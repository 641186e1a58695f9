import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { requireMailboxAccess } from "@/lib/mail/mailbox-access";
import { loadDevSmsOutbox } from "@/lib/sms/outbox";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Every text message the store sent (the dev outbox without Twilio keys): same access as the mailbox. */
export default async function SmsOutboxPage({ params }: PageProps<"/[locale]/dev/sms">) {
  await requireMailboxAccess();
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, format, messages] = await Promise.all([getTranslations("smsOutbox"), getFormatter(), loadDevSmsOutbox({ limit: 100 })]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl text-muted">{t("intro")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start">{t("sent")}</th>
              <th scope="col" className="p-2 text-start">{t("to")}</th>
              <th scope="col" className="p-2 text-start">{t("provider")}</th>
              <th scope="col" className="p-2 text-start">{t("text")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-line align-top">
                <td className="p-2 whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td className="p-2 whitespace-nowrap">
                  <span dir="ltr">{message.to}</span>
                </td>
                <td className="p-2 wrap-anywhere">
                  {message.provider}
                  {message.providerId ? (
                    <span className="block text-xs text-muted" dir="ltr">
                      {message.providerId}
                    </span>
                  ) : null}
                </td>
                {/* A text may be in another script than the page: its own direction, wrapped as written. */}
                <td className="p-2 whitespace-pre-wrap wrap-anywhere" dir="auto">
                  {message.body}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

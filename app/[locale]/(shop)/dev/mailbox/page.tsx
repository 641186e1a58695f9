import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { requireMailboxAccess } from "@/lib/mail/mailbox-access";
import { loadMailbox } from "@/lib/mail/mailbox";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Every email the store wrote (the outbox): for a browser on the serving machine or a signed-in admin only. */
export default async function MailboxPage({ params }: PageProps<"/[locale]/dev/mailbox">) {
  await requireMailboxAccess();
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, format, mails] = await Promise.all([getTranslations("mailbox"), getFormatter(), loadMailbox({ limit: 100 })]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl text-muted">{t("intro")}</p>
      <p>
        <Link href="/dev/sms" className="text-brand underline">
          {t("smsLink")}
        </Link>
      </p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line text-start">
              <th scope="col" className="p-2 text-start">{t("sent")}</th>
              <th scope="col" className="p-2 text-start">{t("to")}</th>
              <th scope="col" className="p-2 text-start">{t("subject")}</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id} className="border-b border-line">
                <td className="p-2 whitespace-nowrap">{format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td className="p-2 wrap-anywhere" dir="ltr">{mail.to}</td>
                <td className="p-2">
                  <Link href={`/dev/mailbox/${mail.id}`} className="text-brand underline">
                    {mail.subject}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

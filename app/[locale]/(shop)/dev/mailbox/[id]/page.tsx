import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { requireMailboxAccess } from "@/lib/mail/mailbox-access";
import { loadMailboxMail } from "@/lib/mail/mailbox";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function MailPage({ params }: PageProps<"/[locale]/dev/mailbox/[id]">) {
  await requireMailboxAccess();
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const mailId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const mail = mailId === null ? null : await loadMailboxMail({ id: mailId });
  // A queued mail has no body until the delivery worker renders it.
  if (!mail?.html) notFound();
  const t = await getTranslations("mailbox");
  return (
    <div className="space-y-4">
      <Link href="/dev/mailbox" className="text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{mail.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-semibold">{t("to")}</dt>
        <dd dir="ltr" className="text-start">{mail.to}</dd>
        {Object.entries(mail.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt dir="ltr" className="font-semibold">
              {name}
            </dt>
            <dd dir="ltr" className="text-start break-all">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {/* Sandboxed: the email's HTML cannot run scripts or reach the store's cookies. */}
      <iframe title={t("preview")} srcDoc={mail.html} sandbox="" className="h-[36rem] w-full rounded-lg border border-line bg-white" />
    </div>
  );
}

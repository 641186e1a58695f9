import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecoverySummary } from "@/components/admin/recovery-summary";
import { WebhookLog } from "@/components/admin/webhook-log";
import { auth } from "@/lib/accounts/auth";
import { loadLatestOrders } from "@/lib/checkout/order-pages";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { loadRecoverySummary, loadWebhookLog } from "@/lib/recovery/summary";

type Props = PageProps<"/[locale]/admin">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("adminTitle"), robots: { index: false, follow: false } };
}

/** The admin area's door: only the admin role gets in; everyone else sees a plain 404. */
export default async function AdminPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const session = await auth();
  if (session?.user?.role !== "admin") notFound();
  const [t, tOrder] = await Promise.all([getTranslations("account"), getTranslations("order")]);
  const [latest, recovery, webhooks] = await Promise.all([loadLatestOrders({ limit: 20 }), loadRecoverySummary(), loadWebhookLog({ limit: 20 })]);
  const tag = localeTags[locale];
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("adminTitle")}</h1>
      <p>{t("adminIntro")}</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-start">
            <th scope="col" className="p-2 text-start">#</th>
            <th scope="col" className="p-2 text-start">{t("email")}</th>
            <th scope="col" className="p-2 text-start">{tOrder("status")}</th>
            <th scope="col" className="p-2 text-end">{t("orders")}</th>
          </tr>
        </thead>
        <tbody>
          {latest.map((order) => (
            <tr key={order.id} className="border-b border-line">
              <td className="p-2">{order.number}</td>
              <td className="p-2">{order.email}</td>
              <td className="p-2">{tOrder(`statuses.${order.status}`)}</td>
              <td className="p-2 text-end">{formatMoney(money(order.total, order.currency), tag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RecoverySummary summary={recovery} locale={locale} />
      <WebhookLog rows={webhooks} locale={locale} />
    </div>
  );
}

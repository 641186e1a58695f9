import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ReorderForm } from "@/components/account/account-forms";
import { OrderDetails } from "@/components/checkout/order-details";
import { loadAccountOrder } from "@/lib/accounts/account-pages";
import { currentUserId } from "@/lib/cart/visitor";
import { ltrTag } from "@/components/ui/ltr";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/account/orders/[number]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = (await params) as { locale: Locale; number: string };
  const t = await getTranslations({ locale, namespace: "order" });
  return { title: t.markup("title", { number: localizeDigits(number.slice(0, 12), locale), ltr: (chunks) => chunks }), robots: { index: false, follow: false } };
}

/** One of the shopper's own orders, with "Buy these again"; anyone else's order number is a 404. */
export default async function AccountOrderPage({ params }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  const userId = await currentUserId();
  if (!userId) redirect(`/${locale}/sign-in?callbackUrl=/${locale}/account/orders/${encodeURIComponent(raw.slice(0, 12))}`);
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const order = number === null ? null : await loadAccountOrder({ userId, number });
  if (!order) notFound();
  const [t, tAccount] = await Promise.all([getTranslations("order"), getTranslations("account")]);
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <Link href="/account" className="text-sm text-brand underline">
        {tAccount("title")}
      </Link>
      <h1 className="text-3xl font-bold">{t.rich("title", { number: localizeDigits(order.number, locale), ltr: ltrTag })}</h1>
      <ReorderForm number={order.number} label={tAccount("reorder")} />
      <OrderDetails order={order} locale={locale} />
    </div>
  );
}

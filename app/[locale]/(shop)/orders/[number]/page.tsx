import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SaveDetailsForm } from "@/components/account/sign-in-form";
import { OrderDetails } from "@/components/checkout/order-details";
import { EffortSurvey } from "@/components/surveys/effort-survey";
import { currentUserId } from "@/lib/cart/visitor";
import { hasOrderAccess } from "@/lib/checkout/order-access";
import { loadOrderView } from "@/lib/checkout/order-pages";
import { ltrTag } from "@/components/ui/ltr";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { loadEffortSurvey } from "@/lib/surveys/pages";
import { effortSurveyText } from "@/lib/surveys/text";

type Props = PageProps<"/[locale]/orders/[number]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = (await params) as { locale: Locale; number: string };
  const t = await getTranslations({ locale, namespace: "order" });
  // The key in the URL is a credential: keep it out of search engines and Referer headers.
  return { title: t.markup("title", { number: localizeDigits(number.slice(0, 12), locale), ltr: (chunks) => chunks }), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Order confirmation and guest order status, reached by the signed link from checkout and the receipt. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  const query = await searchParams;
  const key = typeof query.key === "string" ? query.key : undefined;
  const [t, tAccount] = await Promise.all([getTranslations("order"), getTranslations("account")]);
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  if (number === null) notFound();
  const order = await loadOrderView({ number });
  if (!order || !(await hasOrderAccess(order.number, order.email, key))) {
    return (
      <div className="mx-auto max-w-xl space-y-4 py-10">
        <h1 className="text-3xl font-bold">{t("lookupTitle")}</h1>
        <p role="alert" className="text-sale">
          {t("noAccess")}
        </p>
        <Link href="/orders" className="font-medium text-brand underline">
          {t("lookupTitle")}
        </Link>
      </div>
    );
  }
  const justPlaced = query.placed === "1";
  // G3: "How easy was checkout?" right after placing (the checkout sends `placed=1`), once per order.
  const effortText = justPlaced ? await effortSurveyText(locale) : null;

  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <div className="space-y-2">
        {justPlaced ? (
          <p role="status" className="text-lg font-semibold text-ok">
            ✓ {order.status === "pending_payment" ? t("statuses.pending_payment") : t("thanks")}
          </p>
        ) : null}
        <h1 className="text-3xl font-bold">{t.rich("title", { number: localizeDigits(order.number, locale), ltr: ltrTag })}</h1>
        {justPlaced ? <p>{t.rich("emailSent", { email: order.email, ltr: ltrTag })}</p> : null}
      </div>
      <OrderDetails order={order} locale={locale} />
      {effortText ? <EffortSurvey text={effortText} number={order.number} orderKey={key!} locale={locale} answered={(await loadEffortSurvey({ number: order.number })).answered} /> : null}
      {!(await currentUserId()) && !order.userId ? (
        <section aria-labelledby="save-details-heading" className="space-y-2 rounded-lg border border-brand bg-white p-5">
          <h2 id="save-details-heading" className="text-xl font-bold">
            {tAccount("saveDetailsTitle")}
          </h2>
          <p>{tAccount.rich("saveDetailsIntro", { email: order.email, ltr: ltrTag })}</p>
          <SaveDetailsForm number={order.number} orderKey={key!} text={{ button: tAccount("saveDetailsButton"), sending: tAccount("sending") }} />
        </section>
      ) : null}
      <Link href="/" className="font-medium text-brand underline">
        {t("continueShopping")}
      </Link>
    </div>
  );
}

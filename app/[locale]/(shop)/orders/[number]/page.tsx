import type { Metadata } from "next";
import Image from "next/image";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { formatWindow } from "@/components/pricing/format";
import { getDb } from "@/db";
import { hasOrderAccess } from "@/lib/checkout/order-access";
import { getOrderView } from "@/lib/checkout/order-view";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/orders/[number]">;

const cardBrands: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = (await params) as { locale: Locale; number: string };
  const t = await getTranslations({ locale, namespace: "order" });
  // The key in the URL is a credential: keep it out of search engines and Referer headers.
  return { title: t("title", { number: number.slice(0, 12) }), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Order confirmation and guest order status, reached by the signed link from checkout and the receipt. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  const query = await searchParams;
  const key = typeof query.key === "string" ? query.key : undefined;
  const t = await getTranslations("order");
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  if (number === null) notFound();
  const order = await getOrderView(await getDb(), { number });
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
  const tag = localeTags[locale];
  const format = (amount: number) => formatMoney(money(amount, order.currency), tag);
  const window = formatWindow(order.deliveryWindow, locale);
  const address = order.shippingAddress;
  const justPlaced = query.placed === "1";
  const { bankTransfer } = store.checkout;

  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <div className="space-y-2">
        {justPlaced ? (
          <p role="status" className="text-lg font-semibold text-ok">
            ✓ {order.status === "pending_payment" ? t("statuses.pending_payment") : t("thanks")}
          </p>
        ) : null}
        <h1 className="text-3xl font-bold">{t("title", { number: order.number })}</h1>
        {justPlaced ? <p>{t("emailSent", { email: order.email })}</p> : null}
      </div>
      <dl className="grid gap-4 rounded-lg border border-line bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t("status")}</dt>
          <dd className="font-semibold">{t(`statuses.${order.status}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("delivery")}</dt>
          <dd className="font-semibold">{t("arrives", window)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("shipTo")}</dt>
          <dd>
            {[address.fullName, address.line1, address.line2, `${address.postalCode} ${address.city}`, countryName(address.country, locale)]
              .filter(Boolean)
              .map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("payment")}</dt>
          <dd>
            {order.payment?.cardLast4 ? t("paidBy", { brand: cardBrands[order.payment.cardBrand ?? ""] ?? (await getTranslations("checkout"))("methods.card"), last4: order.payment.cardLast4 }) : t(`statuses.${order.status}`)}
          </dd>
        </div>
      </dl>
      {order.paymentMethod === "bank_transfer" && order.status === "awaiting_transfer" ? (
        <section aria-labelledby="bank-heading" className="space-y-2 rounded-lg border border-brand bg-brand-soft p-5">
          <h2 id="bank-heading" className="text-xl font-bold">
            {t("bankTitle")}
          </h2>
          <p>{t("bankBody", { total: format(order.total), days: bankTransfer.payWithinDays, number: order.number })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t("bankHolder")}</dt>
            <dd className="font-mono">{bankTransfer.accountHolder}</dd>
            <dt>{t("bankIban")}</dt>
            <dd className="font-mono">{bankTransfer.iban}</dd>
            <dt>{t("bankBic")}</dt>
            <dd className="font-mono">{bankTransfer.bic}</dd>
          </dl>
        </section>
      ) : null}
      {order.paymentMethod === "cash_on_delivery" ? <p className="rounded-lg border border-line bg-white p-4">{t("codNote", { total: format(order.total) })}</p> : null}
      <section aria-labelledby="items-heading" className="rounded-lg border border-line bg-white p-5">
        <h2 id="items-heading" className="mb-2 text-xl font-bold">
          {t("items")}
        </h2>
        <ul className="divide-y divide-line">
          {order.lines.map((line) => (
            <li key={line.variantId} className="flex items-center gap-3 py-3">
              {line.image ? <Image src={line.image} alt="" width={56} height={56} sizes="56px" className="h-14 w-14 rounded-md object-cover" /> : null}
              <div className="flex-1">
                <Link href={`/p/${line.productSlug}`} className="font-semibold hover:underline">
                  {line.productName}
                </Link>
                <p className="text-sm text-muted">{t("quantity", { count: line.quantity })}</p>
              </div>
              <p className="font-semibold">{format(line.total)}</p>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex justify-between border-t border-line pt-3 text-lg font-bold">
          <span>{(await getTranslations("cart"))("total")}</span>
          <span>{format(order.total)}</span>
        </p>
      </section>
      <Link href="/" className="font-medium text-brand underline">
        {t("continueShopping")}
      </Link>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrderForms } from "@/components/admin/order-forms";
import { OrderTimeline } from "@/components/admin/order-timeline";
import { staffPage } from "@/lib/admin/access";
import { loadOrderDetail } from "@/lib/admin/pages";
import { addressLines } from "@/lib/checkout/fields";
import { countryAddressFormat } from "@/lib/address/country-formats";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney, money } from "@/lib/money";

type Props = PageProps<"/[locale]/admin/orders/[number]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = (await params) as { locale: Locale; number: string };
  const t = await getTranslations({ locale, namespace: "admin.orders" });
  return { title: t("detailTitle", { number }), robots: { index: false, follow: false } };
}

/** One order for staff: what was bought, where it goes, how it was paid, what can be done now, and everything that happened. */
export default async function AdminOrderPage({ params }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  await staffPage();
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const order = number === null ? null : await loadOrderDetail(number);
  if (!order) notFound();
  const t = await getTranslations("admin");
  const tag = localeTags[locale];
  const format = (amount: number) => formatMoney(money(amount, order.currency), tag);
  const address = (value: NonNullable<typeof order.billingAddress>) =>
    addressLines(value, (code) => countryName(code, locale), countryAddressFormat(value.country, locale)).map((line) => (
      <span key={line} dir="auto" className="block">
        {line}
      </span>
    ));
  const paid = order.status === "paid" ? (order.payment?.amount ?? order.total) : 0;
  const refundable = Math.max(0, paid - order.refunded);
  const shipped = order.fulfillment;
  const figures: [string, string][] = [
    [t("orders.subtotal"), format(order.subtotal)],
    ...(order.discount > 0 ? [[t("orders.discount"), `−${format(order.discount)}`] as [string, string]] : []),
    [t("orders.shippingCost"), format(order.shipping)],
    [order.taxIncluded ? t("orders.taxIncluded") : t("orders.tax"), format(order.tax)],
    [t("orders.grandTotal"), format(order.total)],
    ...(order.refunded > 0 ? [[t("orders.refundedSoFar"), `−${format(order.refunded)}`] as [string, string]] : []),
  ];

  return (
    <div className="space-y-6">
      <Link href="/admin/orders" className="inline-flex min-h-11 items-center text-brand underline">
        {t("orders.back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("orders.detailTitle", { number: order.number })}</h1>
        <p className="font-semibold">
          {t(`statuses.${order.status}`)} · {t(`methods.${order.paymentMethod}`)} · {shipped ? t("orders.shipped") : t("orders.notShipped")}
        </p>
        {order.channel === "phone" ? <p className="text-muted">{t("phoneOrder.channel", { staff: order.placedBy ?? "" })}</p> : null}
      </div>

      <section aria-labelledby="items-title" className="space-y-2">
        <h2 id="items-title" className="text-xl font-bold">
          {t("orders.items")}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("orders.items")}</th>
                <th scope="col" className="p-2 text-start">{t("orders.sku")}</th>
                <th scope="col" className="p-2 text-end">{t("orders.quantity")}</th>
                <th scope="col" className="p-2 text-end">{t("orders.unitPrice")}</th>
                <th scope="col" className="p-2 text-end">{t("orders.lineTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.variantId} className="border-b border-line">
                  <th scope="row" className="p-2 text-start font-normal">
                    {line.name}
                    <span className="block text-muted">{Object.values(line.options).join(" · ")}</span>
                  </th>
                  <td className="p-2" dir="ltr">
                    {line.sku}
                  </td>
                  <td className="p-2 text-end">{line.quantity}</td>
                  <td className="p-2 text-end">{format(line.unitPrice)}</td>
                  <td className="p-2 text-end">{format(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl aria-label={t("orders.figures")} className="ms-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
          {figures.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd className="text-end">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="ship-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="ship-title" className="font-semibold">
            {t("orders.shipTo")}
          </h2>
          <p className="wrap-anywhere">{address(order.shippingAddress)}</p>
          <p className="mt-2 wrap-anywhere" dir="ltr">
            {order.email}
          </p>
        </section>
        <section aria-labelledby="bill-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="bill-title" className="font-semibold">
            {t("orders.billTo")}
          </h2>
          <p className="wrap-anywhere">{order.billingAddress ? address(order.billingAddress) : t("orders.sameAsShipping")}</p>
        </section>
        <section aria-labelledby="payment-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="payment-title" className="font-semibold">
            {t("orders.paymentTitle")}
          </h2>
          {order.payment ? (
            <p>
              {order.payment.cardLast4 ? t("orders.paymentCard", { brand: order.payment.cardBrand ?? "", last4: order.payment.cardLast4 }) : t(`methods.${order.paymentMethod}`)}
              <span className="block text-muted">
                {t("orders.paymentProvider", { provider: order.payment.provider })} · {format(order.payment.amount)} · {order.payment.status}
              </span>
            </p>
          ) : (
            <p>{t("orders.noPayment")}</p>
          )}
          {shipped ? (
            <p className="mt-2 wrap-anywhere">
              {t("orders.shippedWith", {
                carrier: shipped.carrier,
                tracking: shipped.trackingNumber,
                date: new Intl.DateTimeFormat(tag, { dateStyle: "medium" }).format(shipped.shippedAt),
                who: shipped.shippedBy,
              })}
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="actions-title" className="space-y-3">
        <h2 id="actions-title" className="text-xl font-bold">
          {t("orders.actions")}
        </h2>
        <OrderForms
          number={order.number}
          currency={order.currency}
          refundable={format(refundable)}
          allowed={{
            markPaid: order.status === "awaiting_transfer" || order.status === "pay_on_delivery",
            fulfil: !shipped && (order.status === "paid" || order.status === "pay_on_delivery"),
            refund: refundable > 0,
            cancel: !shipped && ["awaiting_transfer", "pay_on_delivery", "paid"].includes(order.status) && (order.status !== "paid" || refundable === 0),
          }}
          text={{
            markPaid: t("orders.markPaid"),
            markPaidHint: t("orders.markPaidHint"),
            fulfilTitle: t("orders.fulfilTitle"),
            carrier: t("orders.carrier"),
            trackingNumber: t("orders.trackingNumber"),
            fulfil: t("orders.fulfil"),
            refundTitle: t("orders.refundTitle"),
            refundAmount: t("orders.refundAmount", { currency: order.currency }),
            refundHint: t.raw("orders.refundHint") as string,
            refundReason: t("orders.refundReason"),
            refund: t("orders.refund"),
            cancelTitle: t("orders.cancelTitle"),
            cancelHint: t("orders.cancelHint"),
            cancelReason: t("orders.cancelReason"),
            cancel: t("orders.cancel"),
            noteTitle: t("orders.noteTitle"),
            note: t("orders.note"),
            addNote: t("orders.addNote"),
          }}
        />
      </section>

      <OrderTimeline entries={order.timeline} currency={order.currency} locale={locale} />
    </div>
  );
}

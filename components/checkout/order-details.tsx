import { getTranslations } from "next-intl/server";
import { Picture } from "@/components/ui/picture";
import { formatWindow } from "@/lib/pricing/format";
import { countryAddressFormat } from "@/lib/address/country-formats";
import { addressLines } from "@/lib/checkout/fields";
import { orderFigureRows } from "@/lib/checkout/order-figures";
import { orderTotals } from "@/lib/checkout/order-totals";
import type { OrderView } from "@/lib/checkout/order-view";
import { ltrTag } from "@/components/ui/ltr";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { getPricingRules } from "@/lib/pricing/cached";
import { currentSettings } from "@/lib/settings/current";


/** An order's status, delivery, address, payment (with transfer or cash instructions), items and every figure of its total. */
export async function OrderDetails({ order, locale }: { order: OrderView; locale: Locale }) {
  const [t, tCart, tCheckout, tDelivery, rules, settings] = await Promise.all([
    getTranslations("order"),
    getTranslations("cart"),
    getTranslations("checkout"),
    getTranslations("delivery"),
    getPricingRules(),
    currentSettings(),
  ]);
  const tag = localeTags[locale];
  const cardBrand = (brand: string | null | undefined) =>
    brand === "visa" || brand === "mastercard" || brand === "amex" || brand === "discover" ? tCheckout(`brands.${brand}`) : tCheckout("methods.card");
  const figures = orderFigureRows(
    orderTotals(order, rules),
    { cart: (key, values) => tCart(key, values), order: (key, values) => t(key, values), delivery: (key, values) => tDelivery(key, values) },
    { currency: order.currency, localeTag: tag },
  );
  const format = (amount: number) => formatMoney(money(amount, order.currency), tag);
  const window = formatWindow(order.deliveryWindow, locale);
  const address = order.shippingAddress;
  const { bankTransfer } = settings.payments;
  return (
    <>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-line bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t("status")}</dt>
          <dd className="font-semibold">{order.shipment && order.status !== "cancelled" ? t("shippedStatus") : t(`statuses.${order.status}`)}</dd>
        </div>
        {order.shipment ? (
          <div className="min-w-0 sm:col-span-2">
            <dt className="text-sm text-muted">{t("shipment")}</dt>
            <dd className="wrap-anywhere">
              {t.rich("shipmentText", {
                carrier: order.shipment.carrier,
                tracking: order.shipment.trackingNumber,
                date: new Intl.DateTimeFormat(tag, { dateStyle: "medium" }).format(order.shipment.shippedAt),
                ltr: ltrTag,
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-sm text-muted">{t("delivery")}</dt>
          <dd className="font-semibold">{t("arrives", window)}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-sm text-muted">{t("shipTo")}</dt>
          {/* The address as the shopper typed it: their script and digits, each line isolated. */}
          <dd className="wrap-anywhere" data-shopper-text="">
            {addressLines(address, (code) => countryName(code, locale), countryAddressFormat(address.country, locale)).map((line) => (
                <span key={line} dir="auto" className="block">
                  {line}
                </span>
              ))}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("payment")}</dt>
          <dd>
            {order.payment?.cardLast4 ? t("paidBy", { brand: cardBrand(order.payment.cardBrand), last4: localizeDigits(order.payment.cardLast4, locale) }) : t(`statuses.${order.status}`)}
          </dd>
        </div>
      </dl>
      {order.paymentMethod === "bank_transfer" && order.status === "awaiting_transfer" ? (
        <section aria-labelledby="bank-heading" className="space-y-2 rounded-lg border border-brand bg-brand-soft p-5">
          <h2 id="bank-heading" className="text-xl font-bold">
            {t("bankTitle")}
          </h2>
          <p>{t.rich("bankBody", { total: format(order.total), days: bankTransfer.payWithinDays, number: localizeDigits(order.number, locale), ltr: ltrTag })}</p>
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
              {line.image ? <Picture src={line.image} alt="" width={56} height={56} sizes="56px" className="h-14 w-14 rounded-md object-cover" /> : null}
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
        <dl className="mt-3 space-y-2 border-t border-line pt-3 text-sm">
          {figures.map((row) => (
            <div key={row.id} className={`flex justify-between gap-3 ${row.id === "total" ? "border-t border-line pt-3 text-lg font-bold" : ""}`}>
              <dt className="min-w-0">{row.label}</dt>
              <dd className="text-end">{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

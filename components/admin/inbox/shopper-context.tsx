import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InboxConversation } from "@/lib/chat/inbox";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney, type Money } from "@/lib/money";
import type { Destination } from "@/lib/pricing/types";
import { InboxTime } from "./inbox-time";

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const destinationText = (destination: Destination, locale: Locale) =>
  [countryName(destination.country, locale), destination.region, destination.postalCode].filter(Boolean).join(", ");

/**
 * What the store knows of the shopper, beside the conversation: where they write from, their cart
 * quoted as the cart page would (lines and totals), where it goes, their past orders and the cart
 * reminders already sent.
 */
export async function ShopperContextPanel({ conversation, locale }: { conversation: InboxConversation; locale: Locale }) {
  const [t, tAdmin, tLanguage] = await Promise.all([
    getTranslations({ locale, namespace: "admin.inbox" }),
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "language" }),
  ]);
  const tag = localeTags[locale];
  const price = (value: Money) => formatMoney(value, tag);
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const { cart, destination, orders, orderCount, reminders } = conversation.context;
  const unknown = <span className="text-muted">{t("context.unknown")}</span>;

  return (
    <aside aria-labelledby="inbox-context-title" className="space-y-4 rounded-lg border border-line bg-white p-4">
      <h2 id="inbox-context-title" className="text-lg font-bold">
        {t("context.title")}
      </h2>
      <Facts
        rows={[
          [t("context.email"), conversation.email ? <span dir="ltr">{conversation.email}</span> : t("guest")],
          [t("context.language"), isLocale(conversation.locale) ? tLanguage(conversation.locale) : conversation.locale],
          [t("context.page"), conversation.page ? <code dir="ltr" className="wrap-anywhere">{conversation.page}</code> : unknown],
          [t("context.startedBy"), t(`startedBy.${conversation.startedBy}`)],
          [t("context.destination"), destination ? destinationText(destination, locale) : unknown],
        ]}
      />

      <section aria-labelledby="inbox-cart-title" className="space-y-2">
        <h3 id="inbox-cart-title" className="font-semibold">
          {t("context.cart")}
        </h3>
        {cart.state === "filled" ? (
          <>
            <ul className="space-y-1 text-sm">
              {cart.lines.map((line) => (
                <li key={line.variantId} className="flex justify-between gap-3">
                  <span className="min-w-0">
                    <span className="block" dir="auto">
                      {line.name}
                    </span>
                    {Object.keys(line.options).length ? <span className="block text-muted">{Object.values(line.options).join(" · ")}</span> : null}
                    <span className="block text-muted">{t("context.lineQuantity", { quantity: line.quantity, price: price(line.unitPrice) })}</span>
                  </span>
                  <span className="whitespace-nowrap">{price(line.total)}</span>
                </li>
              ))}
            </ul>
            <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 border-t border-line pt-2 text-sm">
              <dt>{t("context.subtotal")}</dt>
              <dd className="text-end whitespace-nowrap">{price(cart.subtotal)}</dd>
              {cart.discount.amount > 0 ? (
                <>
                  <dt>{cart.coupon ? t("context.coupon", { code: cart.coupon }) : t("context.discount")}</dt>
                  <dd className="text-end whitespace-nowrap">−{price(cart.discount)}</dd>
                </>
              ) : null}
              {!cart.estimated ? (
                <>
                  <dt>{t("context.shipping")}</dt>
                  <dd className="text-end whitespace-nowrap">{cart.shipping ? price(cart.shipping) : t("context.shippingLater")}</dd>
                  <dt>{cart.taxIncluded ? t("context.taxIncluded") : t("context.tax")}</dt>
                  <dd className="text-end whitespace-nowrap">{cart.tax ? price(cart.tax) : t("context.taxLater")}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("context.total")}</dt>
              <dd className="text-end font-semibold whitespace-nowrap">{price(cart.total)}</dd>
            </dl>
            {cart.estimated ? <p className="text-sm text-warn">{t("context.estimated")}</p> : null}
          </>
        ) : (
          <p className="text-sm">{t(cart.state === "none" ? "context.noCart" : cart.state === "empty" ? "context.cartEmpty" : "context.cartOrdered")}</p>
        )}
      </section>

      <section aria-labelledby="inbox-orders-title" className="space-y-2">
        <h3 id="inbox-orders-title" className="font-semibold">
          {t("context.orders")}
        </h3>
        {orders.length ? (
          <ul className="space-y-1 text-sm">
            {orders.map((order) => (
              <li key={order.number} className="flex flex-wrap items-center justify-between gap-x-3">
                <Link href={`/admin/orders/${order.number}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline">
                  {localizeDigits(order.number, locale)}
                </Link>
                <span className="text-muted">
                  <InboxTime iso={order.placedAt.toISOString()} withDate />
                </span>
                <span>{tAdmin(`statuses.${order.status}`)}</span>
                <span className="whitespace-nowrap">{price(order.total)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">{t("context.noOrders")}</p>
        )}
        {orderCount > orders.length ? <p className="text-sm text-muted">{t("context.moreOrders", { shown: orders.length, count: orderCount })}</p> : null}
      </section>

      <section aria-labelledby="inbox-reminders-title" className="space-y-2">
        <h3 id="inbox-reminders-title" className="font-semibold">
          {t("context.reminders")}
        </h3>
        {reminders.length ? (
          <ul className="space-y-1 text-sm">
            {reminders.map((reminder) => (
              <li key={`${reminder.step}-${reminder.channel}`}>
                {t("context.reminder", { step: reminder.step, channel: t(`context.channels.${reminder.channel}`), date: dateTime.format(reminder.sentAt) })}
                {reminder.clickedAt ? <span className="ms-2 rounded bg-brand-soft px-1.5 text-xs">{t("context.opened")}</span> : null}
                {reminder.restoredAt ? <span className="ms-2 rounded bg-brand-soft px-1.5 text-xs">{t("context.restored")}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">{t("context.noReminders")}</p>
        )}
      </section>
    </aside>
  );
}

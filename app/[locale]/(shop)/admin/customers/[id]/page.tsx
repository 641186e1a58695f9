import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CustomerDeleteForm } from "@/components/admin/customer-delete-form";
import { spentText } from "@/components/admin/customers-table";
import { countryAddressFormat } from "@/lib/address/country-formats";
import { staffPage } from "@/lib/admin/access";
import { deletionConfirmation, loadCustomerDetail } from "@/lib/admin/customer-pages";
import { addressLines } from "@/lib/checkout/fields";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney, money } from "@/lib/money";

type Props = PageProps<"/[locale]/admin/customers/[id]">;

/** An account id as the store makes them (a UUID; an adapter's own ids are letters, digits and dashes). */
const customerId = (raw: string) => (/^[A-Za-z0-9_-]{1,100}$/.test(raw) ? raw : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.customers" });
  // The customer's name or email stays out of the title (browser history, shared screens).
  return { title: t("detailTitle"), robots: { index: false, follow: false } };
}

/** One customer for staff: who they are, their orders, saved addresses, marketing consent, cart, and deletion on their request. */
export default async function AdminCustomerPage({ params }: Props) {
  const { locale, id: raw } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  await staffPage();
  const id = customerId(raw);
  const customer = id === null ? null : await loadCustomerDetail(id, locale);
  if (!customer) notFound();
  const [t, tAdmin, tLanguage] = await Promise.all([getTranslations("admin.customers"), getTranslations("admin"), getTranslations("language")]);
  const tag = localeTags[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const details: [string, React.ReactNode][] = [
    [t("email"), customer.email ? <span dir="ltr">{customer.email}</span> : "—"],
    [t("name"), customer.name ? <bdi>{customer.name}</bdi> : "—"],
    [t("role"), t(`roles.${customer.role}`)],
    [t("language"), customer.locale && isLocale(customer.locale) ? tLanguage(customer.locale) : t("languageNotSet")],
    [t("joined"), date.format(customer.createdAt)],
    [t("spent"), spentText(customer.spent, tag)],
  ];

  return (
    <div className="space-y-6">
      <Link href="/admin/customers" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <div className="min-w-0">
        <h1 className="text-3xl font-bold wrap-anywhere" dir="auto">
          {customer.name ?? customer.email ?? t("noName")}
        </h1>
        {customer.name && customer.email ? (
          <p className="text-muted wrap-anywhere" dir="ltr">
            {customer.email}
          </p>
        ) : null}
        {customer.email ? (
          <Link href={{ pathname: "/admin/orders/new", query: { email: customer.email } }} className="btn-secondary mt-3">
            {tAdmin("phoneOrder.newLink")}
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="customer-details-title" className="rounded-lg border border-line bg-white p-4">
        <h2 id="customer-details-title" className="font-semibold">
          {t("details")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd className="wrap-anywhere">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="customer-orders-title" className="space-y-2">
        <h2 id="customer-orders-title" className="text-xl font-bold">
          {t("ordersTitle")}
        </h2>
        <p>{t("orderCount", { count: customer.orderCount })}</p>
        {customer.orders.length ? (
          <div className="overflow-x-auto rounded-lg border border-line">
            <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2 text-start">
                    {t("order")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("placed")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("status")}
                  </th>
                  <th scope="col" className="p-2 text-end">
                    {t("total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {customer.orders.map((order) => (
                  <tr key={order.number} className="border-b border-line">
                    <th scope="row" className="p-2 text-start">
                      <Link href={`/admin/orders/${order.number}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline">
                        {localizeDigits(order.number, locale)}
                      </Link>
                    </th>
                    <td className="p-2 whitespace-nowrap">{dateTime.format(order.placedAt)}</td>
                    <td className="p-2">{tAdmin(`statuses.${order.status}`)}</td>
                    <td className="p-2 text-end whitespace-nowrap">{formatMoney(money(order.total, order.currency), tag)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {customer.orderCount > customer.orders.length ? <p className="text-sm text-muted">{t("latestOrders", { count: customer.orders.length })}</p> : null}
      </section>

      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="customer-addresses-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="customer-addresses-title" className="font-semibold">
            {t("addresses")}
          </h2>
          {customer.addresses.length ? (
            <ul className="mt-2 space-y-3">
              {customer.addresses.map((row) => (
                <li key={row.id} className="wrap-anywhere">
                  {addressLines(row.address, (code) => countryName(code, locale), countryAddressFormat(row.address.country, locale)).map((line) => (
                    <span key={line} dir="auto" className="block">
                      {line}
                    </span>
                  ))}
                  {row.isDefault ? <span className="mt-1 inline-block rounded bg-brand-soft px-2 py-0.5 text-xs font-semibold">{t("defaultAddress")}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t("noAddresses")}</p>
          )}
        </section>

        <section aria-labelledby="customer-consent-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="customer-consent-title" className="font-semibold">
            {t("consent")}
          </h2>
          <p className="mt-2">
            {customer.consent
              ? t(customer.consent.marketing ? "consentYes" : "consentNo", { date: date.format(customer.consent.at) })
              : t("consentNone")}
          </p>
          <p className="mt-2">{customer.unsubscribed ? t("unsubscribed", { date: date.format(customer.unsubscribed.at) }) : t("subscribed")}</p>
        </section>

        <section aria-labelledby="customer-cart-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="customer-cart-title" className="font-semibold">
            {t("cart")}
          </h2>
          {customer.cart && customer.cart.lines.length ? (
            <>
              <ul className="mt-2 space-y-1">
                {customer.cart.lines.map((line) => (
                  <li key={line.variantId}>
                    {t("cartLine", { name: line.name, quantity: line.quantity })}
                    {Object.keys(line.options).length ? <span className="block text-sm text-muted">{Object.values(line.options).join(" · ")}</span> : null}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-muted">{t("cartUpdated", { date: dateTime.format(customer.cart.updatedAt) })}</p>
            </>
          ) : (
            <p className="mt-2">{t("cartEmpty")}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="customer-delete-title" className="space-y-2 rounded-lg border border-sale bg-white p-4">
        <h2 id="customer-delete-title" className="text-xl font-bold text-sale">
          {t("deleteTitle")}
        </h2>
        {customer.role === "shopper" ? (
          <>
            <p className="text-sm">{t("deleteIntro")}</p>
            <CustomerDeleteForm userId={customer.id} text={{ confirm: t("deleteConfirm", { email: `\u2068${deletionConfirmation(customer)}\u2069` }), button: t("deleteButton") }} />
          </>
        ) : (
          <p>{t("deleteStaff")}</p>
        )}
      </section>
    </div>
  );
}

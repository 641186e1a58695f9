import { getTranslations } from "next-intl/server";
import { orderStatuses, paymentMethods, type OrderListQuery } from "@/lib/admin/order-list";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** Search and filters as a plain GET form: works without JavaScript, and the result's URL can be shared. */
export async function OrderFilters({ query, locale }: { query: OrderListQuery; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="space-y-1">
      <label htmlFor={`orders-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`orders-${name}`} name={name} defaultValue={value ?? ""} className="field w-full">
        <option value="">{t("orders.any")}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="grid grid-cols-1 gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="orders-q" className="block text-sm font-medium">
          {t("orders.search")}
        </label>
        <input id="orders-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("orders.searchHint")} className="field w-full" />
      </div>
      {select(
        "status",
        t("orders.status"),
        query.status,
        orderStatuses.map((status) => [status, t(`statuses.${status}`)]),
      )}
      {select(
        "payment",
        t("orders.payment"),
        query.payment,
        paymentMethods.map((method) => [method, t(`methods.${method}`)]),
      )}
      {select("fulfilment", t("orders.fulfilment"), query.fulfilment, [
        ["unfulfilled", t("orders.unfulfilled")],
        ["fulfilled", t("orders.fulfilledFilter")],
      ])}
      <div className="space-y-1">
        <label htmlFor="orders-country" className="block text-sm font-medium">
          {t("orders.country")}
        </label>
        <input id="orders-country" name="country" defaultValue={query.country ?? ""} maxLength={2} autoCapitalize="characters" placeholder="US" dir="ltr" className="field w-full uppercase" />
      </div>
      <div className="space-y-1">
        <label htmlFor="orders-from" className="block text-sm font-medium">
          {t("orders.from")}
        </label>
        <input id="orders-from" name="from" type="date" defaultValue={query.from ?? ""} className="field w-full" />
      </div>
      <div className="space-y-1">
        <label htmlFor="orders-to" className="block text-sm font-medium">
          {t("orders.to")}
        </label>
        <input id="orders-to" name="to" type="date" defaultValue={query.to ?? ""} className="field w-full" />
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="btn-primary">
          {t("orders.apply")}
        </button>
        <Link href="/admin/orders" className="inline-flex min-h-11 items-center text-brand underline">
          {t("orders.clear")}
        </Link>
      </div>
    </form>
  );
}

import { getTranslations } from "next-intl/server";
import type { Overview, PeriodFigures } from "@/lib/admin/overview";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/** Today's and the period's figures, then what needs staff: low stock, failed payments, failed jobs. */
export async function OverviewFigures({ overview, locale }: { overview: Overview; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.overview" });
  const tag = localeTags[locale];
  const number = new Intl.NumberFormat(tag);
  const percent = (value: number | null) => (value === null ? "—" : new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(value / 100));
  const amounts = (figures: PeriodFigures, key: "amount" | "average") =>
    figures.revenue.length ? figures.revenue.map((row) => formatMoney(money(row[key], row.currency), tag)).join(" · ") : "—";
  const period = (title: string, id: string, figures: PeriodFigures) => (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {(
          [
            [t("orders"), number.format(figures.orders)],
            [t("revenue"), amounts(figures, "amount")],
            [t("average"), amounts(figures, "average")],
            [t("conversion"), percent(figures.conversion)],
            [t("abandonment"), percent(figures.abandonment)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-lg border border-line bg-white p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-xl font-bold wrap-anywhere">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  return (
    <>
      {period(t("today"), "overview-today", overview.today)}
      {period(t("period", { days: overview.period.days }), "overview-period", overview.period)}
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="low-stock-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="low-stock-title" className="font-semibold">
            {t("lowStock")}
          </h2>
          {overview.lowStock.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {overview.lowStock.map((item) => (
                <li key={item.sku}>
                  {t("stockLine", { name: item.name, sku: item.sku, count: item.available })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">{t("noLowStock")}</p>
          )}
        </section>
        <section aria-labelledby="failed-payments-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="failed-payments-title" className="font-semibold">
            {t("failedPayments")}
          </h2>
          {overview.failedPayments.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {overview.failedPayments.map((order) => (
                <li key={order.number}>
                  <Link href={`/admin/orders/${order.number}`} className="inline-flex min-h-11 items-center text-brand underline">
                    {t("failedPayment", { number: order.number, email: order.email })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">{t("noFailedPayments")}</p>
          )}
        </section>
        <section aria-labelledby="failed-jobs-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="failed-jobs-title" className="font-semibold">
            {t("failedJobs")}
          </h2>
          <p className="mt-2 text-sm">{t("failedJobsCount", { count: overview.failedJobs })}</p>
        </section>
      </div>
    </>
  );
}

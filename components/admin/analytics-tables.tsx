import { getTranslations } from "next-intl/server";
import type { CoreFigures, FunnelReport } from "@/lib/analytics/funnel";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

const th = "p-2 text-start font-semibold";
const num = "p-2 text-end tabular-nums";

/** The funnel, the core figures and the breakdowns as tables (caption, headers): what the chart shows, and more. */
export async function AnalyticsTables({ locale, report }: { locale: Locale; report: FunnelReport }) {
  const t = await getTranslations({ locale, namespace: "admin.analytics" });
  // The exit survey's own wording of each reason (messages/<locale>/surveys.json), else its key.
  const tReasons = await getTranslations({ locale, namespace: "surveys" });
  const reasonLabel = (reason: string) => (tReasons.has(`exit.reasons.${reason}` as never) ? tReasons(`exit.reasons.${reason}` as never) : reason.replaceAll("_", " "));
  const tag = localeTags[locale];
  const count = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const lastDay = (end: Date) => new Date(end.getTime() - 24 * 60 * 60_000);
  const duration = (seconds: number | null) =>
    seconds === null ? t("noValue") : t("duration", { minutes: Math.floor(Math.round(seconds) / 60), seconds: Math.round(seconds) % 60 });
  const share = (value: number | null) => (value === null ? t("noValue") : percent.format(value));
  const relative = (now: number | null, before: number | null) => (now === null || before === null || before === 0 ? t("noValue") : change.format((now - before) / before));
  const from = day.format(report.current.start);
  const to = day.format(lastDay(report.current.end));
  const reasonsOf = (step: string) => report.surveys.exits.filter((exit) => exit.step === step);

  type Row = { key: string; label: string; now: string; before: string; change: string };
  const core = (c: CoreFigures) => c;
  const { core: now, previousCore: before } = report;
  const rows: Row[] = [
    { key: "visits", label: t("figures.visits"), now: count.format(now.visits), before: count.format(before.visits), change: relative(now.visits, before.visits) },
    { key: "carts", label: t("figures.cartsCreated"), now: count.format(now.cartsCreated), before: count.format(before.cartsCreated), change: relative(now.cartsCreated, before.cartsCreated) },
    { key: "orders", label: t("figures.orders"), now: count.format(now.orders), before: count.format(before.orders), change: relative(now.orders, before.orders) },
    ...(["agent", "bot"] as const).map((helper) => ({
      key: `chat-${helper}`,
      label: t(`figures.chatAssisted.${helper}`),
      now: count.format(now.chatAssisted[helper]),
      before: count.format(before.chatAssisted[helper]),
      change: relative(now.chatAssisted[helper], before.chatAssisted[helper]),
    })),
    {
      key: "conversion",
      label: t("figures.conversionRate"),
      now: share(now.conversionRate === null ? null : now.conversionRate / 100),
      before: share(before.conversionRate === null ? null : before.conversionRate / 100),
      change: relative(now.conversionRate, before.conversionRate),
    },
    {
      key: "abandonment",
      label: t("figures.abandonmentRate"),
      now: share(now.abandonmentRate === null ? null : now.abandonmentRate / 100),
      before: share(before.abandonmentRate === null ? null : before.abandonmentRate / 100),
      change: relative(now.abandonmentRate, before.abandonmentRate),
    },
    ...[...new Set([...core(now).averageOrderValue, ...before.averageOrderValue].map((a) => a.currency))].map((currency) => {
      const a = now.averageOrderValue.find((v) => v.currency === currency);
      const b = before.averageOrderValue.find((v) => v.currency === currency);
      return {
        key: `aov-${currency}`,
        label: t("figures.averageOrderValue", { currency }),
        now: a ? formatMoney(money(a.amount, currency), tag) : t("noValue"),
        before: b ? formatMoney(money(b.amount, currency), tag) : t("noValue"),
        change: relative(a?.amount ?? null, b?.amount ?? null),
      };
    }),
  ];

  return (
    <>
      <section aria-labelledby="funnel-table-title" className="space-y-3">
        <h2 id="funnel-table-title" className="sr-only">
          {t("funnelCaption", { from, to })}
        </h2>
        <p>{t("period", { from, to, previousFrom: day.format(report.previous.start), previousTo: day.format(lastDay(report.previous.end)) })}</p>
        <p className="font-medium">
          {report.biggestLeave
            ? t("biggestLeave", { step: t(`steps.${report.biggestLeave.step}`), count: report.biggestLeave.left, duration: duration(report.biggestLeave.medianSecondsBeforeLeaving) })
            : t("noLeave")}
        </p>
        <div className="overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[48rem] border-collapse bg-white text-sm">
            <caption className="p-2 text-start font-semibold">{t("funnelCaption", { from, to })}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>{t("columns.step")}</th>
                <th scope="col" className={`${th} text-end`}>{t("columns.visits")}</th>
                <th scope="col" className={`${th} text-end`}>{t("columns.conversion")}</th>
                <th scope="col" className={`${th} text-end`}>{t("columns.left")}</th>
                <th scope="col" className={`${th} text-end`}>{t("columns.median")}</th>
                <th scope="col" className={`${th} text-end`}>{t("columns.previous")}</th>
                <th scope="col" className={th}>{t("columns.reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {report.steps.map((step, index) => {
                const reasons = reasonsOf(step.step);
                return (
                  <tr key={step.step} className="border-b border-line">
                    <th scope="row" className={th}>{t(`steps.${step.step}`)}</th>
                    <td className={num}>{count.format(step.visits)}</td>
                    <td className={num}>{share(step.conversion)}</td>
                    <td className={num}>{step.step === "order" ? t("noValue") : count.format(step.left)}</td>
                    <td className={num}>{step.step === "order" || step.left === 0 ? t("noValue") : duration(step.medianSecondsBeforeLeaving)}</td>
                    <td className={num}>{count.format(report.previousSteps[index]!.visits)}</td>
                    <td className="p-2">
                      {step.step === "order" ? (
                        report.surveys.effort.average === null ? (
                          t("noEffort")
                        ) : (
                          t("effort", { average: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(report.surveys.effort.average), count: report.surveys.effort.count })
                        )
                      ) : reasons.length ? (
                        <ul>
                          {reasons.map((reason) => (
                            <li key={reason.reason}>{t("reason", { reason: reasonLabel(reason.reason), count: reason.count })}</li>
                          ))}
                        </ul>
                      ) : (
                        t("noReasons")
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="core-title" className="space-y-3">
        <h2 id="core-title" className="text-2xl font-semibold">
          {t("coreTitle")}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
            <caption className="p-2 text-start font-semibold">{t("coreCaption")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>{t("figure")}</th>
                <th scope="col" className={`${th} text-end`}>{t("thisPeriod")}</th>
                <th scope="col" className={`${th} text-end`}>{t("previousPeriod")}</th>
                <th scope="col" className={`${th} text-end`}>{t("change")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-line">
                  <th scope="row" className={th}>{row.label}</th>
                  <td className={num}>{row.now}</td>
                  <td className={num}>{row.before}</td>
                  <td className={num} dir="ltr">{row.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {report.breakdowns.map((breakdown) => {
        const dimension = t(`dimensions.${breakdown.dimension}`);
        const label = (value: string | null) => {
          if (value === null) return t("unknown");
          if (breakdown.dimension === "device" && (value === "mobile" || value === "desktop")) return t(`devices.${value}`);
          if (breakdown.dimension === "source" && ["direct", "search", "social", "email", "referral", "campaign", "reminder"].includes(value)) return t(`sources.${value as "direct"}`);
          if (breakdown.dimension === "locale") return new Intl.DisplayNames([tag], { type: "language" }).of(value) ?? value;
          return value.toUpperCase();
        };
        return (
          <section key={breakdown.dimension} aria-labelledby={`by-${breakdown.dimension}`} className="space-y-3">
            <h2 id={`by-${breakdown.dimension}`} className="text-2xl font-semibold">
              {t("breakdownTitle", { dimension })}
            </h2>
            <div className="overflow-x-auto rounded-lg border border-line">
              <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
                <caption className="p-2 text-start font-semibold">{t("breakdownCaption", { dimension })}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className={th}>{t("breakdownColumns.value")}</th>
                    <th scope="col" className={`${th} text-end`}>{t("breakdownColumns.visits")}</th>
                    <th scope="col" className={`${th} text-end`}>{t("breakdownColumns.carts")}</th>
                    <th scope="col" className={`${th} text-end`}>{t("breakdownColumns.checkouts")}</th>
                    <th scope="col" className={`${th} text-end`}>{t("breakdownColumns.orders")}</th>
                    <th scope="col" className={`${th} text-end`}>{t("breakdownColumns.conversion")}</th>
                  </tr>
                </thead>
                <tbody>
                  {breakdown.rows.map((row) => (
                    <tr key={row.value ?? "unknown"} className="border-b border-line">
                      <th scope="row" className={th}>{label(row.value)}</th>
                      <td className={num}>{count.format(row.visits)}</td>
                      <td className={num}>{count.format(row.carts)}</td>
                      <td className={num}>{count.format(row.checkouts)}</td>
                      <td className={num}>{count.format(row.orders)}</td>
                      <td className={num}>{share(row.conversion === null ? null : row.conversion / 100)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}

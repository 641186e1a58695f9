import { getTranslations } from "next-intl/server";
import type { Experiment } from "@/lib/experiments/experiments";
import type { ArmResult, ExperimentResults, TrafficScope } from "@/lib/experiments/results";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/**
 * Results per arm: visitors, orders, conversion with its 95 % interval, lift, p-value and the
 * probability to beat the control; revenue per visitor and the guardrails (order value, payment
 * failures); the split check and the sample the test needs; and a plain verdict per variant.
 */
export async function ExperimentResultsView({ experiment, results, traffic, locale }: { experiment: Experiment; results: ExperimentResults; traffic: TrafficScope; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.experiments" });
  const tag = localeTags[locale];
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const p = new Intl.NumberFormat(tag, { maximumFractionDigits: 4, minimumFractionDigits: 3 });
  const cash = (amount: number) => formatMoney(money(Math.round(amount), results.currency), tag);
  const option = (arm: ArmResult) => t(`targets.${experiment.target}.options.${arm.value}` as "targets.place_order_button.options.placeOrder");
  const verdictOf = (arm: ArmResult) => {
    const verdict = arm.verdict;
    if (!verdict) return t("verdicts.control");
    if (verdict.kind === "not_yet") return t("verdicts.not_yet", { visitors: verdict.visitorsNeeded });
    if (verdict.kind === "winner" || verdict.kind === "loser") return t(`verdicts.${verdict.kind}`, { arm: arm.key });
    return t(`verdicts.${verdict.kind}`);
  };
  return (
    <section aria-labelledby="results-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="results-title" className="text-2xl font-bold">
          {t("results")}
        </h2>
        <Link href={{ pathname: `/admin/experiments/${experiment.key}`, query: traffic === "all" ? {} : { traffic: "all" } }} className="inline-flex min-h-11 items-center text-brand underline">
          {traffic === "all" ? t("peopleOnly") : t("includeTests")}
        </Link>
      </div>
      <p className="text-sm text-muted">{traffic === "all" ? t("scopeAll") : t("scopeHuman")}</p>
      <div className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[56rem] border-collapse bg-white text-sm">
          <caption className="sr-only">{t("resultsCaption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start">{t("arm")}</th>
              <th scope="col" className="p-2 text-end">{t("visitors")}</th>
              <th scope="col" className="p-2 text-end">{t("orders")}</th>
              <th scope="col" className="p-2 text-end">{t("conversion")}</th>
              <th scope="col" className="p-2 text-end">{t("lift")}</th>
              <th scope="col" className="p-2 text-end">{t("pValue")}</th>
              <th scope="col" className="p-2 text-end">{t("beatsControl")}</th>
              <th scope="col" className="p-2 text-end">{t("revenuePerVisitor")}</th>
              <th scope="col" className="p-2 text-end">{t("averageOrderValue")}</th>
              <th scope="col" className="p-2 text-end">{t("paymentFailures")}</th>
            </tr>
          </thead>
          <tbody>
            {results.arms.map((arm, index) => (
              <tr key={arm.key} className="border-b border-line">
                <th scope="row" className="p-2 text-start font-medium">
                  {arm.key} · {option(arm)} <span className="block font-normal text-muted">{index === 0 ? t("controlShare", { share: arm.weight }) : t("share", { share: arm.weight })}</span>
                </th>
                <td className="p-2 text-end">{number.format(arm.visitors)}</td>
                <td className="p-2 text-end">{number.format(arm.conversions)}</td>
                <td className="p-2 text-end">
                  {percent.format(arm.rate)}
                  <span className="block text-muted">{t("interval", { low: percent.format(arm.interval.low), high: percent.format(arm.interval.high) })}</span>
                </td>
                <td className="p-2 text-end">{arm.test?.lift != null ? signedPercent.format(arm.test.lift) : "—"}</td>
                <td className="p-2 text-end">{arm.test ? p.format(experiment.primaryMetric === "revenue_per_visitor" && arm.revenue ? arm.revenue.pValue : arm.test.pValue) : "—"}</td>
                <td className="p-2 text-end">{arm.probabilityToBeatControl !== null ? percent.format(arm.probabilityToBeatControl) : "—"}</td>
                <td className="p-2 text-end">{cash(arm.revenuePerVisitor)}</td>
                <td className="p-2 text-end">{arm.averageOrderValue !== null ? cash(arm.averageOrderValue) : "—"}</td>
                <td className="p-2 text-end">{percent.format(arm.paymentFailureRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="list-disc space-y-1 ps-6">
        {results.arms.slice(1).map((arm) => (
          <li key={arm.key}>
            <span className="font-semibold">{arm.key}:</span> {verdictOf(arm)}
          </li>
        ))}
        <li>{results.srm.mismatch ? t("srmBroken", { p: p.format(results.srm.pValue) }) : t("srmFine", { p: p.format(results.srm.pValue) })}</li>
        <li>{results.requiredVisitorsPerArm !== null ? t("sampleSize", { visitors: results.requiredVisitorsPerArm }) : t("sampleSizeUnknown")}</li>
      </ul>
    </section>
  );
}

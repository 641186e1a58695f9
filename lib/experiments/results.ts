import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { Experiment } from "./experiments";
import {
  meanComparison,
  probabilityToBeatControl,
  proportion,
  requiredSampleSize,
  sampleRatioMismatch,
  twoProportionTest,
  verdict,
  type Interval,
  type MeanComparison,
  type ProportionTest,
  type RatioCheck,
  type Verdict,
} from "./stats";

/** Which visitors count: people only (the default), or the store's own test traffic too. */
export type TrafficScope = "human" | "all";

export interface ArmResult {
  key: string;
  value: string;
  weight: number;
  visitors: number;
  /** Visitors who placed an order after they saw their arm. */
  conversions: number;
  rate: number;
  interval: Interval;
  /** Revenue per visitor in `currency`, minor units. */
  revenuePerVisitor: number;
  /** Guardrails: average order value (minor units, `currency`) and payment failures per visitor. */
  averageOrderValue: number | null;
  paymentFailureRate: number;
  /** Against the control; null for the control itself. */
  test: ProportionTest | null;
  revenue: MeanComparison | null;
  probabilityToBeatControl: number | null;
  /** "no_baseline": the control has no conversion yet, so the sample the test needs cannot be worked out. */
  verdict: Verdict | { kind: "no_baseline" } | null;
}

export interface ExperimentResults {
  currency: string;
  arms: ArmResult[];
  srm: RatioCheck;
  /** Visitors per arm the test needs to see the minimum detectable effect (80 % power, 5 % two-sided), from the control's rate. */
  requiredVisitorsPerArm: number | null;
}

type ArmRow = { arm: string; visitors: number; conversions: number; revenue: number; revenueSquares: number; orders: number; failures: number };

/**
 * An experiment's results per arm. A visitor counts from their first exposure; a conversion is an
 * order they placed after it (paid, awaiting transfer or payable on delivery), its revenue in the
 * store's currency (orders in other currencies count as conversions, not revenue). The verdict
 * follows the primary metric.
 */
export async function experimentResults(db: Executor, experiment: Experiment, { currency, traffic = "human" }: { currency: string; traffic?: TrafficScope }): Promise<ExperimentResults> {
  const rows = await queryRows<ArmRow>(
    db,
    sql`with exposed as (
          select visitor_id, arm, at from experiment_exposures
          where experiment_key = ${experiment.key} and (${traffic} = 'all' or traffic = 'human')
        ), per_visitor as (
          select x.arm, x.visitor_id,
                 count(o.id)::int as orders,
                 coalesce(sum(o.total) filter (where o.currency = ${currency}), 0)::float8 as revenue,
                 (select count(*)::int from events e where e.visitor_id = x.visitor_id and e.name = 'payment_failed' and e.at >= x.at) as failures
          from exposed x
          left join orders o on o.visitor_id = x.visitor_id and o.created_at >= x.at and o.status in ('paid', 'awaiting_transfer', 'pay_on_delivery')
          group by x.arm, x.visitor_id, x.at
        )
        select arm, count(*)::int as visitors, count(*) filter (where orders > 0)::int as conversions,
               sum(revenue)::float8 as revenue, sum(revenue * revenue)::float8 as "revenueSquares",
               sum(orders)::int as orders, sum(failures)::int as failures
        from per_visitor group by arm`,
  );
  const byArm = new Map(rows.map((row) => [row.arm, row]));
  const counted = experiment.arms.map((arm) => ({ arm, row: byArm.get(arm.key) ?? { arm: arm.key, visitors: 0, conversions: 0, revenue: 0, revenueSquares: 0, orders: 0, failures: 0 } }));
  const control = counted[0]!;
  const srm = sampleRatioMismatch(
    counted.map(({ row }) => row.visitors),
    counted.map(({ arm }) => arm.weight),
  );
  const controlRate = control.row.visitors ? control.row.conversions / control.row.visitors : 0;
  const requiredVisitorsPerArm =
    controlRate > 0 && controlRate * (1 + experiment.minimumDetectableEffect / 10_000) < 1
      ? requiredSampleSize({ baselineRate: controlRate, minimumDetectableEffect: experiment.minimumDetectableEffect / 10_000 })
      : null;
  const sums = (row: ArmRow) => ({ n: row.visitors, sum: row.revenue, sumOfSquares: row.revenueSquares });
  const arms = counted.map(({ arm, row }, index): ArmResult => {
    const { rate, interval } = proportion(row.conversions, row.visitors);
    const isControl = index === 0;
    const test = isControl ? null : twoProportionTest({ visitors: control.row.visitors, conversions: control.row.conversions }, { visitors: row.visitors, conversions: row.conversions });
    const revenue = isControl ? null : meanComparison(sums(control.row), sums(row));
    const primary = experiment.primaryMetric === "revenue_per_visitor" ? revenue : test;
    return {
      key: arm.key,
      value: arm.value,
      weight: arm.weight,
      visitors: row.visitors,
      conversions: row.conversions,
      rate,
      interval,
      revenuePerVisitor: row.visitors ? row.revenue / row.visitors : 0,
      averageOrderValue: row.orders ? row.revenue / row.orders : null,
      paymentFailureRate: row.visitors ? row.failures / row.visitors : 0,
      test,
      revenue,
      probabilityToBeatControl: isControl ? null : probabilityToBeatControl({ visitors: control.row.visitors, conversions: control.row.conversions }, { visitors: row.visitors, conversions: row.conversions }),
      verdict:
        isControl || !primary
          ? null
          : requiredVisitorsPerArm === null
            ? { kind: "no_baseline" }
            : verdict({ arm: arm.key, test: primary, srm, requiredVisitorsPerArm, visitors: { control: control.row.visitors, variant: row.visitors } }),
    };
  });
  return { currency, arms, srm, requiredVisitorsPerArm };
}

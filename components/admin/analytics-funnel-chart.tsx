"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface FunnelChartBar {
  label: string;
  visits: number;
  previous: number;
}

/**
 * The funnel as horizontal bars (Recharts), this period beside the previous one. A picture only:
 * the page shows the same figures in a table for screen readers, so the chart is hidden from them
 * and takes no keyboard focus. Right-to-left pages put the axis on the right.
 */
export function AnalyticsFunnelChart({
  bars,
  labels,
  localeTag,
  rtl,
}: {
  bars: FunnelChartBar[];
  labels: { visits: string; previous: string };
  localeTag: string;
  rtl: boolean;
}) {
  const format = new Intl.NumberFormat(localeTag);
  return (
    <div aria-hidden="true" className="h-96 w-full" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => format.format(value)} reversed={rtl} />
          <YAxis type="category" dataKey="label" width={150} orientation={rtl ? "right" : "left"} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => format.format(Number(value))} />
          <Bar dataKey="visits" name={labels.visits} fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="previous" name={labels.previous} fill="#94a3b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

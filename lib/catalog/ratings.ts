import type { RatingSummary } from "./types";

/** Average (one decimal), count and per-star histogram from rating counts. */
export function summarizeRatings(rows: { rating: number; count: number }[]): RatingSummary {
  const histogram: RatingSummary["histogram"] = [0, 0, 0, 0, 0];
  let count = 0;
  let sum = 0;
  for (const row of rows) {
    if (row.rating < 1 || row.rating > 5) continue;
    const index = row.rating - 1;
    histogram[index] = (histogram[index] ?? 0) + row.count;
    count += row.count;
    sum += row.rating * row.count;
  }
  return { average: count ? Math.round((sum / count) * 10) / 10 : null, count, histogram };
}

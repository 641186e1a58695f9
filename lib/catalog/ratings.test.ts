import { describe, expect, it } from "vitest";
import { summarizeRatings } from "./ratings";

describe("summarizeRatings", () => {
  it("averages to one decimal with a per-star histogram", () => {
    expect(summarizeRatings([{ rating: 5, count: 3 }, { rating: 4, count: 1 }, { rating: 2, count: 1 }])).toEqual({
      average: 4.2,
      count: 5,
      histogram: [0, 1, 0, 1, 3],
    });
  });

  it("has no average without reviews and ignores impossible ratings", () => {
    expect(summarizeRatings([{ rating: 9, count: 2 }])).toEqual({ average: null, count: 0, histogram: [0, 0, 0, 0, 0] });
  });
});

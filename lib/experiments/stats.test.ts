import jStat from "jstat";
import { afterEach, describe, expect, it } from "vitest";
import {
  EXACT_SUM_LIMIT,
  meanComparison,
  probabilityToBeatControl,
  proportion,
  requiredSampleSize,
  sampleRatioMismatch,
  twoProportionTest,
  verdict,
  type Sums,
} from "./stats";

const sums = (values: number[]): Sums => ({
  n: values.length,
  sum: values.reduce((total, x) => total + x, 0),
  sumOfSquares: values.reduce((total, x) => total + x * x, 0),
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("proportion (Wilson score interval)", () => {
  it("matches a published Wilson interval", () => {
    // RPubs "Wald vs Wilson" worked example, mtcars cars with mpg >= 25: 6 of 32, phat 0.1875,
    // Wilson 0.08889545 to 0.35309155 (https://rstudio-pubs-static.s3.amazonaws.com/1367507_eef7a4d0fb5347a8a820fe3c10141369.html).
    const { rate, interval } = proportion(6, 32);
    expect(rate).toBe(0.1875);
    expect(interval.low).toBeCloseTo(0.08889545, 6);
    expect(interval.high).toBeCloseTo(0.35309155, 6);
  });

  it("matches the intervals Evan Miller's chi-squared tool shows for its default inputs", () => {
    // evanmiller.org/ab-testing/chi-squared.html defaults: 14/100 → 8.5 %–22.1 %, 20/100 → 13.3 %–28.9 %, as recorded
    // in a public A/B-tool validation checklist found by code search (the tool's page itself was not opened).
    expect(proportion(14, 100).interval.low).toBeCloseTo(0.085, 3);
    expect(proportion(14, 100).interval.high).toBeCloseTo(0.221, 3);
    expect(proportion(20, 100).interval.low).toBeCloseTo(0.133, 3);
    expect(proportion(20, 100).interval.high).toBeCloseTo(0.289, 3);
  });

  it("stays inside [0, 1] at the edges and knows nothing without visitors", () => {
    expect(proportion(0, 50).interval.low).toBe(0);
    expect(proportion(50, 50).interval.high).toBe(1);
    expect(proportion(0, 0)).toEqual({ rate: 0, interval: { low: 0, high: 1 } });
  });

  it("refuses counts that are not counts", () => {
    expect(() => proportion(3, 2)).toThrow(RangeError);
    expect(() => proportion(1.5, 10)).toThrow(RangeError);
    expect(() => proportion(-1, 10)).toThrow(RangeError);
  });
});

describe("twoProportionTest", () => {
  it("matches a published two-proportion test", () => {
    // Gustavus Adolphus College, MCS 142 R notes (http://homepages.gac.edu/~anienow2/MCS_142/R/R-2-prop.html):
    // 179 of 300 men vs 203 of 400 women, prop.test(correct = FALSE): X-squared = 5.4979 (= z²), p-value = 0.01904,
    // 95 % CI of prop 1 − prop 2 = 0.01512659 to 0.16320674, props 0.5966667 and 0.5075.
    const test = twoProportionTest({ visitors: 400, conversions: 203 }, { visitors: 300, conversions: 179 });
    expect(test.difference).toBeCloseTo(0.5966667 - 0.5075, 6);
    expect(test.z ** 2).toBeCloseTo(5.4979, 3);
    expect(test.z).toBeGreaterThan(0);
    expect(test.pValue).toBeCloseTo(0.01904, 4);
    expect(test.interval.low).toBeCloseTo(0.01512659, 6);
    expect(test.interval.high).toBeCloseTo(0.16320674, 6);
    expect(test.lift).toBeCloseTo(0.5966667 / 0.5075 - 1, 5);
  });

  it("points the other way when the arms swap", () => {
    const test = twoProportionTest({ visitors: 300, conversions: 179 }, { visitors: 400, conversions: 203 });
    expect(test.z ** 2).toBeCloseTo(5.4979, 3);
    expect(test.z).toBeLessThan(0);
    expect(test.interval.high).toBeCloseTo(-0.01512659, 6);
  });

  it("has no lift over a control that never converts, and no test without visitors", () => {
    expect(twoProportionTest({ visitors: 100, conversions: 0 }, { visitors: 100, conversions: 3 }).lift).toBeNull();
    expect(twoProportionTest({ visitors: 0, conversions: 0 }, { visitors: 10, conversions: 3 })).toMatchObject({ z: 0, pValue: 1 });
    expect(twoProportionTest({ visitors: 50, conversions: 0 }, { visitors: 60, conversions: 0 })).toMatchObject({ difference: 0, z: 0, pValue: 1 });
  });
});

describe("probabilityToBeatControl", () => {
  // No published figure for Evan Miller's sum was found, so the expected values are computed here by other means:
  // closed forms where they exist, numerical integration with jstat's beta distribution, and a seeded Monte Carlo.

  /** P(X_variant > X_control) = ∫ f_variant(x) F_control(x) dx by Simpson's rule. */
  function integrated(control: { visitors: number; conversions: number }, variant: { visitors: number; conversions: number }): number {
    const [aC, bC] = [1 + control.conversions, 1 + control.visitors - control.conversions];
    const [aV, bV] = [1 + variant.conversions, 1 + variant.visitors - variant.conversions];
    const steps = 20_000;
    const h = 1 / steps;
    let total = 0;
    for (let i = 0; i <= steps; i++) {
      const x = i * h;
      const weight = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
      total += weight * jStat.beta.pdf(x, aV, bV) * jStat.beta.cdf(x, aC, bC);
    }
    return (total * h) / 3;
  }

  /** Share of seeded posterior draws where the variant's rate is higher. */
  function simulated(control: { visitors: number; conversions: number }, variant: { visitors: number; conversions: number }, draws: number): number {
    let state = 20_240_601;
    jStat.setRandom(() => {
      // mulberry32
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    });
    let wins = 0;
    for (let i = 0; i < draws; i++) {
      const c = jStat.beta.sample(1 + control.conversions, 1 + control.visitors - control.conversions);
      const v = jStat.beta.sample(1 + variant.conversions, 1 + variant.visitors - variant.conversions);
      if (v > c) wins++;
    }
    return wins / draws;
  }

  afterEach(() => jStat.setRandom(Math.random));

  it("agrees with closed forms", () => {
    // Same data on both sides: a coin toss.
    expect(probabilityToBeatControl({ visitors: 1000, conversions: 100 }, { visitors: 1000, conversions: 100 })).toBeCloseTo(0.5, 10);
    // Against an untested control (uniform), P(U < X) = E[X] = (1 + conversions) / (2 + visitors).
    expect(probabilityToBeatControl({ visitors: 0, conversions: 0 }, { visitors: 1, conversions: 1 })).toBeCloseTo(2 / 3, 10);
    expect(probabilityToBeatControl({ visitors: 0, conversions: 0 }, { visitors: 1000, conversions: 120 })).toBeCloseTo(121 / 1002, 10);
    expect(probabilityToBeatControl({ visitors: 1000, conversions: 120 }, { visitors: 0, conversions: 0 })).toBeCloseTo(1 - 121 / 1002, 10);
  });

  it("agrees with numerical integration of the posteriors to 3 decimals", () => {
    for (const [control, variant] of [
      [{ visitors: 20, conversions: 3 }, { visitors: 25, conversions: 7 }],
      [{ visitors: 1000, conversions: 100 }, { visitors: 1000, conversions: 120 }],
      [{ visitors: 1000, conversions: 120 }, { visitors: 980, conversions: 100 }],
    ] as const) {
      expect(probabilityToBeatControl(control, variant)).toBeCloseTo(integrated(control, variant), 3);
    }
  });

  it("agrees with a seeded Monte Carlo within 0.01, exactly summed and approximated alike", () => {
    const small = [{ visitors: 1000, conversions: 100 }, { visitors: 1000, conversions: 120 }] as const;
    expect(Math.abs(probabilityToBeatControl(...small) - simulated(...small, 100_000))).toBeLessThan(0.01);
    // Beyond EXACT_SUM_LIMIT conversions per arm the normal approximation takes over.
    const large = [{ visitors: 2_000_000, conversions: 200_000 }, { visitors: 2_000_000, conversions: 200_900 }] as const;
    expect(Math.min(large[0].conversions, large[1].conversions)).toBeGreaterThan(EXACT_SUM_LIMIT);
    expect(Math.abs(probabilityToBeatControl(...large) - simulated(...large, 100_000))).toBeLessThan(0.01);
  });

  it("does not jump where the exact sum hands over to the approximation", () => {
    const exact = probabilityToBeatControl({ visitors: 1_000_000, conversions: EXACT_SUM_LIMIT }, { visitors: 1_000_000, conversions: EXACT_SUM_LIMIT + 900 });
    const approximated = probabilityToBeatControl({ visitors: 1_000_000, conversions: EXACT_SUM_LIMIT + 1 }, { visitors: 1_000_000, conversions: EXACT_SUM_LIMIT + 901 });
    expect(approximated).toBeCloseTo(exact, 4);
  });
});

describe("sampleRatioMismatch", () => {
  it("matches a published chi-square goodness-of-fit test", () => {
    // Crawley, The R Book (Wiley 2007), §15.3 "A four-class table of counts": Mendel's peas 315, 101, 108, 32 against
    // 9:3:3:1 give X-squared = 0.470024, df = 3, p-value = 0.9254
    // (https://www.safaribooksonline.com/library/view/the-r-book/9780470510247/ch015-sec003.html).
    const check = sampleRatioMismatch([315, 101, 108, 32], [9, 3, 3, 1]);
    expect(check.chiSquare).toBeCloseTo(0.470024, 6);
    expect(check.degreesOfFreedom).toBe(3);
    expect(check.pValue).toBeCloseTo(0.9254, 4);
    expect(check.mismatch).toBe(false);
  });

  it("flags a split that is off by more than chance, and with two arms equals the two-sided z-test", () => {
    const fine = sampleRatioMismatch([10_000, 10_400], [1, 1]);
    const broken = sampleRatioMismatch([10_000, 10_500], [1, 1]);
    expect(fine.mismatch).toBe(false);
    expect(broken.mismatch).toBe(true);
    // Second method: z of 10,000 out of 20,500 against one half.
    const z = (10_000 - 10_250) / Math.sqrt(20_500 * 0.25);
    expect(broken.pValue).toBeCloseTo(2 * jStat.normal.cdf(-Math.abs(z), 0, 1), 8);
    expect(sampleRatioMismatch([2_000, 8_000], [20, 80]).chiSquare).toBe(0);
    expect(sampleRatioMismatch([2_400, 7_600], [20, 80]).mismatch).toBe(true);
  });

  it("has nothing to say before traffic and refuses mismatched inputs", () => {
    expect(sampleRatioMismatch([0, 0], [1, 1])).toEqual({ chiSquare: 0, degreesOfFreedom: 1, pValue: 1, mismatch: false });
    expect(() => sampleRatioMismatch([10, 10], [1, 1, 1])).toThrow(RangeError);
    expect(() => sampleRatioMismatch([10], [1])).toThrow(RangeError);
    expect(() => sampleRatioMismatch([10, 10], [1, 0])).toThrow(RangeError);
  });
});

describe("requiredSampleSize", () => {
  it("matches Evan Miller's calculator", () => {
    // evanmiller.org/ab-testing/sample-size.html default: baseline 20 %, MDE 5 % absolute (25 % relative), α 5 %,
    // power 80 % → 1,030 per variation, as recorded in public notes that ported his sample-size-fixed.js (not opened here).
    expect(requiredSampleSize({ baselineRate: 0.2, minimumDetectableEffect: 0.25 })).toBe(1030);
    // Baseline 20 %, 10 % relative (2 points): no published figure found; by the same formula
    // (1.959964·√0.32 + 0.841621·√0.3316)² / 0.02² = 6,347.06.
    expect(requiredSampleSize({ baselineRate: 0.2, minimumDetectableEffect: 0.1 })).toBe(6347);
  });

  it("reaches the requested power at the returned size (inverting the formula)", () => {
    const [p, q] = [0.05, 0.05 * 1.15];
    const n = requiredSampleSize({ baselineRate: p, minimumDetectableEffect: 0.15, alpha: 0.01, power: 0.9 });
    const zAlpha = jStat.normal.inv(0.995, 0, 1);
    const power = jStat.normal.cdf((Math.abs(q - p) * Math.sqrt(n) - zAlpha * Math.sqrt(2 * p * (1 - p))) / Math.sqrt(p * (1 - p) + q * (1 - q)), 0, 1);
    expect(power).toBeCloseTo(0.9, 3);
  });

  it("needs more visitors for smaller effects and refuses impossible ones", () => {
    expect(requiredSampleSize({ baselineRate: 0.03, minimumDetectableEffect: 0.05 })).toBeGreaterThan(requiredSampleSize({ baselineRate: 0.03, minimumDetectableEffect: 0.1 }));
    expect(() => requiredSampleSize({ baselineRate: 0, minimumDetectableEffect: 0.1 })).toThrow(RangeError);
    expect(() => requiredSampleSize({ baselineRate: 0.6, minimumDetectableEffect: 1 })).toThrow(RangeError);
    expect(() => requiredSampleSize({ baselineRate: 0.2, minimumDetectableEffect: 0 })).toThrow(RangeError);
  });
});

describe("meanComparison (Welch)", () => {
  it("matches published Welch t statistics", () => {
    // Statology "How to Perform Welch's t-test in R" (mirrored at https://stats.arabpsychology.com/st/perform-welchs-t-test-in-r/):
    // booklet vs no_booklet exam scores, t = 2.2361, means 87.91667 and 80.83333. (Its p-value 0.04171 uses the t
    // distribution on 14.354 df; ours is the normal approximation, so it is not compared.)
    const noBooklet = sums([67, 90, 71, 95, 88, 83, 72, 66, 75, 86, 93, 84]);
    const booklet = sums([90, 85, 88, 89, 94, 91, 79, 83, 87, 88, 91, 90]);
    const scores = meanComparison(noBooklet, booklet);
    expect(scores.controlMean).toBeCloseTo(80.83333, 5);
    expect(scores.variantMean).toBeCloseTo(87.91667, 5);
    expect(scores.t).toBeCloseTo(2.2361, 4);

    // R's own ?t.test example, t.test(1:10, y = c(7:20, 200)): t = -1.6329, means 5.5 and 25.93333
    // (output quoted in "Confusion behind Student's t-test example in R", 20 Apr 2019).
    const example = meanComparison(sums([...range(7, 20), 200]), sums(range(1, 10)));
    expect(example.t).toBeCloseTo(-1.6329, 4);
    expect(example.variantMean).toBe(5.5);
    expect(example.controlMean).toBeCloseTo(25.93333, 5);
  });

  it("uses the normal approximation for p and the interval", () => {
    const result = meanComparison(sums(range(1, 10)), sums([...range(7, 20), 200]));
    expect(result.pValue).toBeCloseTo(2 * jStat.normal.cdf(-1.6329026, 0, 1), 6);
    expect((result.interval.low + result.interval.high) / 2).toBeCloseTo(result.difference, 10);
    expect((result.interval.high - result.interval.low) / 2).toBeCloseTo((1.959964 * result.difference) / result.t, 4);
  });

  it("has no test with fewer than two visitors per arm", () => {
    expect(meanComparison({ n: 1, sum: 500, sumOfSquares: 250_000 }, sums([100, 200, 300]))).toMatchObject({ t: 0, pValue: 1 });
    expect(() => meanComparison({ n: -1, sum: 0, sumOfSquares: 0 }, sums([1, 2]))).toThrow(RangeError);
  });
});

describe("verdict", () => {
  const base = { arm: "green", srm: { mismatch: false }, requiredVisitorsPerArm: 6347, visitors: { control: 7000, variant: 6900 } };

  it("puts a broken split before anything else", () => {
    expect(verdict({ ...base, srm: { mismatch: true }, test: { difference: 0.02, pValue: 0.0001 } })).toEqual({ kind: "srm" });
  });

  it("waits for the planned sample in both arms, even when p is already small", () => {
    expect(verdict({ ...base, visitors: { control: 6400, variant: 5000 }, test: { difference: 0.02, pValue: 0.001 } })).toEqual({ kind: "not_yet", visitorsNeeded: 1347 });
  });

  it("calls a winner, a loser, or no difference once the sample is reached", () => {
    expect(verdict({ ...base, test: { difference: 0.02, pValue: 0.01 } })).toEqual({ kind: "winner", arm: "green" });
    expect(verdict({ ...base, test: { difference: -0.02, pValue: 0.01 } })).toEqual({ kind: "loser", arm: "green" });
    expect(verdict({ ...base, test: { difference: 0.004, pValue: 0.05 } })).toEqual({ kind: "no_difference" });
  });

  it("takes the primary metric's test as computed here", () => {
    const control = { visitors: 7000, conversions: 1400 };
    const variant = { visitors: 7000, conversions: 1540 };
    const test = twoProportionTest(control, variant);
    const srm = sampleRatioMismatch([control.visitors, variant.visitors], [1, 1]);
    const requiredVisitorsPerArm = requiredSampleSize({ baselineRate: 0.2, minimumDetectableEffect: 0.1 });
    expect(verdict({ arm: "green", test, srm, requiredVisitorsPerArm, visitors: { control: 7000, variant: 7000 } })).toEqual({ kind: "winner", arm: "green" });
  });
});

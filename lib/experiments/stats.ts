/**
 * The statistics behind A/B experiments: integer counts in, plain numbers out, no I/O.
 * Distributions come from jstat; where Evan Miller's A/B tools have a convention, it is followed.
 */
import jStat from "jstat";

/** One arm's visitors and how many of them converted. */
export interface Conversions {
  visitors: number;
  conversions: number;
}

/** Per-arm sums of an amount per visitor (revenue in minor units): visitors n, Σx and Σx². */
export interface Sums {
  n: number;
  sum: number;
  sumOfSquares: number;
}

export interface Interval {
  low: number;
  high: number;
}

export interface Proportion {
  rate: number;
  interval: Interval;
}

export interface ProportionTest {
  /** Variant rate minus control rate. */
  difference: number;
  /** Variant rate / control rate − 1; null when the control rate is 0. */
  lift: number | null;
  z: number;
  pValue: number;
  /** 95 % interval of the difference. */
  interval: Interval;
}

export interface RatioCheck {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  mismatch: boolean;
}

export interface MeanComparison {
  controlMean: number;
  variantMean: number;
  /** Variant mean minus control mean. */
  difference: number;
  t: number;
  pValue: number;
  /** 95 % interval of the difference. */
  interval: Interval;
}

export type Verdict =
  | { kind: "srm" }
  | { kind: "winner" | "loser"; arm: string }
  | { kind: "not_yet"; visitorsNeeded: number }
  | { kind: "no_difference" };

/** Below this many conversions in the smaller arm the Bayesian probability is summed exactly (one term per conversion). */
export const EXACT_SUM_LIMIT = 100_000;

/** A sample ratio mismatch is flagged below this p-value. */
export const SRM_THRESHOLD = 0.001;

const Z95 = jStat.normal.inv(0.975, 0, 1);

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function assertArm(name: string, arm: Conversions): void {
  assertCount(`${name} visitors`, arm.visitors);
  assertCount(`${name} conversions`, arm.conversions);
  if (arm.conversions > arm.visitors) throw new RangeError(`${name} has more conversions (${arm.conversions}) than visitors (${arm.visitors})`);
}

function assertProbability(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must lie strictly between 0 and 1, got ${value}`);
}

const rateOf = (arm: Conversions): number => (arm.visitors === 0 ? 0 : arm.conversions / arm.visitors);

/** Two-sided p-value of a standard normal statistic. */
const twoSidedP = (z: number): number => 2 * jStat.normal.cdf(-Math.abs(z), 0, 1);

const around = (centre: number, halfWidth: number): Interval => ({ low: centre - halfWidth, high: centre + halfWidth });

/** Conversion rate with its 95 % Wilson score interval (Wilson 1927, no continuity correction); no visitors gives 0 in [0, 1]. */
export function proportion(conversions: number, visitors: number): Proportion {
  assertArm("arm", { visitors, conversions });
  if (visitors === 0) return { rate: 0, interval: { low: 0, high: 1 } };
  const rate = conversions / visitors;
  const shrink = (Z95 * Z95) / visitors;
  const centre = (rate + shrink / 2) / (1 + shrink);
  const halfWidth = (Z95 / (1 + shrink)) * Math.sqrt((rate * (1 - rate)) / visitors + shrink / (4 * visitors));
  return { rate, interval: { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) } };
}

/** Variant against control: difference and lift of the rates, pooled two-sided z-test, unpooled (Wald) 95 % interval; an empty arm gives z 0, p 1, [−1, 1]. */
export function twoProportionTest(control: Conversions, variant: Conversions): ProportionTest {
  assertArm("control", control);
  assertArm("variant", variant);
  const controlRate = rateOf(control);
  const variantRate = rateOf(variant);
  const difference = variantRate - controlRate;
  const lift = controlRate === 0 ? null : variantRate / controlRate - 1;
  if (control.visitors === 0 || variant.visitors === 0) return { difference, lift, z: 0, pValue: 1, interval: { low: -1, high: 1 } };

  const pooled = (control.conversions + variant.conversions) / (control.visitors + variant.visitors);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / variant.visitors));
  const z = pooledError === 0 ? 0 : difference / pooledError;
  const error = Math.sqrt((controlRate * (1 - controlRate)) / control.visitors + (variantRate * (1 - variantRate)) / variant.visitors);
  return { difference, lift, z, pValue: twoSidedP(z), interval: around(difference, Z95 * error) };
}

interface BetaPosterior {
  alpha: number;
  beta: number;
}

const posterior = (arm: Conversions): BetaPosterior => ({ alpha: 1 + arm.conversions, beta: 1 + arm.visitors - arm.conversions });

/** Evan Miller's closed form for P(X_b > X_a), X ~ Beta, in log-beta terms; one term per unit of b.alpha (an integer). */
function probabilityAbove(a: BetaPosterior, b: BetaPosterior): number {
  const lnBetaA = jStat.betaln(a.alpha, a.beta);
  let total = 0;
  for (let i = 0; i < b.alpha; i++) {
    total += Math.exp(jStat.betaln(a.alpha + i, a.beta + b.beta) - Math.log(b.beta + i) - jStat.betaln(1 + i, b.beta) - lnBetaA);
  }
  return total;
}

/** P(X_b > X_a) with each beta replaced by the normal of the same mean and variance. */
function probabilityAboveNormal(a: BetaPosterior, b: BetaPosterior): number {
  const mean = (p: BetaPosterior) => p.alpha / (p.alpha + p.beta);
  const variance = (p: BetaPosterior) => (p.alpha * p.beta) / ((p.alpha + p.beta) ** 2 * (p.alpha + p.beta + 1));
  return jStat.normal.cdf((mean(b) - mean(a)) / Math.sqrt(variance(a) + variance(b)), 0, 1);
}

/** P(p_variant > p_control) under Beta(1 + conversions, 1 + visitors − conversions) posteriors: Evan Miller's exact log-beta sum (evanmiller.org/bayesian-ab-testing.html, one term per conversion of the smaller arm), or a normal approximation of both posteriors once each arm has more than EXACT_SUM_LIMIT conversions. */
export function probabilityToBeatControl(control: Conversions, variant: Conversions): number {
  assertArm("control", control);
  assertArm("variant", variant);
  const a = posterior(control);
  const b = posterior(variant);
  if (Math.min(control.conversions, variant.conversions) > EXACT_SUM_LIMIT) return probabilityAboveNormal(a, b);
  const p = variant.conversions <= control.conversions ? probabilityAbove(a, b) : 1 - probabilityAbove(b, a);
  return Math.min(1, Math.max(0, p));
}

/** Pearson chi-square goodness-of-fit of the visitors per arm against the configured weights; `mismatch` when p < 0.001. */
export function sampleRatioMismatch(observedVisitorsPerArm: readonly number[], weights: readonly number[]): RatioCheck {
  if (observedVisitorsPerArm.length !== weights.length) throw new RangeError(`${observedVisitorsPerArm.length} visitor counts for ${weights.length} weights`);
  if (weights.length < 2) throw new RangeError("A sample ratio check needs at least two arms");
  observedVisitorsPerArm.forEach((visitors, i) => assertCount(`visitors of arm ${i}`, visitors));
  if (!weights.every((weight) => Number.isFinite(weight) && weight > 0)) throw new RangeError(`Weights must be positive, got ${weights.join(", ")}`);

  const degreesOfFreedom = weights.length - 1;
  const visitors = observedVisitorsPerArm.reduce((sum, count) => sum + count, 0);
  if (visitors === 0) return { chiSquare: 0, degreesOfFreedom, pValue: 1, mismatch: false };
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const chiSquare = weights.reduce((sum, weight, i) => {
    const expected = (visitors * weight) / totalWeight;
    return sum + (observedVisitorsPerArm[i]! - expected) ** 2 / expected;
  }, 0);
  const pValue = 1 - jStat.chisquare.cdf(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue, mismatch: pValue < SRM_THRESHOLD };
}

/** Visitors per arm for a two-sided two-proportion z-test, by Evan Miller's calculator: n = (z₁₋α/₂·√(2p(1−p)) + z_power·√(p(1−p) + q(1−q)))² / (q − p)², q = p(1 + effect), i.e. H0 variance with both arms at the baseline p, H1 unpooled; rounded as the calculator shows it (no folding of p > 50 %). */
export function requiredSampleSize({
  baselineRate,
  minimumDetectableEffect,
  alpha = 0.05,
  power = 0.8,
}: {
  baselineRate: number;
  minimumDetectableEffect: number;
  alpha?: number;
  power?: number;
}): number {
  assertProbability("baselineRate", baselineRate);
  assertProbability("alpha", alpha);
  assertProbability("power", power);
  if (!(minimumDetectableEffect > 0)) throw new RangeError(`minimumDetectableEffect must be positive, got ${minimumDetectableEffect}`);
  const p = baselineRate;
  const q = p * (1 + minimumDetectableEffect);
  if (!(q < 1)) throw new RangeError(`A ${minimumDetectableEffect} lift on ${p} leaves no room below 100 %`);

  const zAlpha = jStat.normal.inv(1 - alpha / 2, 0, 1);
  const zPower = jStat.normal.inv(power, 0, 1);
  const spread = zAlpha * Math.sqrt(2 * p * (1 - p)) + zPower * Math.sqrt(p * (1 - p) + q * (1 - q));
  return Math.round(spread ** 2 / (q - p) ** 2);
}

/** Revenue per visitor, variant against control: means, Welch's t with a normal-approximation p-value and 95 % interval; under two visitors or no spread, t 0, p 1, (−∞, ∞). */
export function meanComparison(control: Sums, variant: Sums): MeanComparison {
  for (const [name, arm] of [["control", control], ["variant", variant]] as const) {
    assertCount(`${name} n`, arm.n);
    if (!Number.isFinite(arm.sum) || !(arm.sumOfSquares >= 0)) throw new RangeError(`${name} sums must be finite with a non-negative sum of squares`);
  }
  const mean = (arm: Sums) => (arm.n === 0 ? 0 : arm.sum / arm.n);
  const varianceOfMean = (arm: Sums) => Math.max(0, (arm.sumOfSquares - arm.sum ** 2 / arm.n) / (arm.n - 1)) / arm.n;
  const controlMean = mean(control);
  const variantMean = mean(variant);
  const difference = variantMean - controlMean;
  const error = control.n < 2 || variant.n < 2 ? 0 : Math.sqrt(varianceOfMean(control) + varianceOfMean(variant));
  if (error === 0) return { controlMean, variantMean, difference, t: 0, pValue: 1, interval: { low: -Infinity, high: Infinity } };
  const t = difference / error;
  return { controlMean, variantMean, difference, t, pValue: twoSidedP(t), interval: around(difference, Z95 * error) };
}

/** One variant against control: a broken split voids all; then both arms must reach the planned sample, however small p already is (no calling early noise); then the primary test decides at `alpha`. */
export function verdict({
  arm,
  test,
  srm,
  requiredVisitorsPerArm,
  visitors,
  alpha = 0.05,
}: {
  /** The variant's key. */
  arm: string;
  test: { difference: number; pValue: number };
  srm: { mismatch: boolean };
  requiredVisitorsPerArm: number;
  visitors: { control: number; variant: number };
  alpha?: number;
}): Verdict {
  if (srm.mismatch) return { kind: "srm" };
  const fewest = Math.min(visitors.control, visitors.variant);
  if (fewest < requiredVisitorsPerArm) return { kind: "not_yet", visitorsNeeded: requiredVisitorsPerArm - fewest };
  if (!(test.pValue < alpha)) return { kind: "no_difference" };
  return { kind: test.difference > 0 ? "winner" : "loser", arm };
}

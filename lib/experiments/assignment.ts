/**
 * Which arm of an experiment a visitor sees: a stable, uniform hash of the experiment and visitor, walked through
 * the arms' cumulative weights. No state is stored; the same inputs always give the same arm.
 */
import { createHash } from "node:crypto";

export interface Arm {
  key: string;
  /** A positive integer; an arm gets weight / total of the traffic. */
  weight: number;
}

/** What is wrong with a set of arms; `index` points at the offending arm for the admin form. */
export type ArmProblem =
  | { reason: "too_few_arms" }
  | { reason: "duplicate_key"; index: number; key: string }
  | { reason: "bad_weight"; index: number }
  | { reason: "zero_total_weight" };

/** Every problem with the arms: fewer than two, a repeated key, a weight that is not a positive integer, weights summing to 0. */
export function checkArms(arms: readonly Arm[]): ArmProblem[] {
  const problems: ArmProblem[] = [];
  if (arms.length < 2) problems.push({ reason: "too_few_arms" });
  const seen = new Set<string>();
  arms.forEach((arm, index) => {
    if (seen.has(arm.key)) problems.push({ reason: "duplicate_key", index, key: arm.key });
    seen.add(arm.key);
    if (!Number.isSafeInteger(arm.weight) || arm.weight <= 0) problems.push({ reason: "bad_weight", index });
  });
  if (arms.length > 0 && !(arms.reduce((total, arm) => total + arm.weight, 0) > 0)) problems.push({ reason: "zero_total_weight" });
  return problems;
}

/** The visitor's point in [0, 1) for this experiment: the first 52 bits of SHA-256(`${experimentKey}:${visitorId}`). */
export function hashPoint(experimentKey: string, visitorId: string): number {
  const digest = createHash("sha256").update(`${experimentKey}:${visitorId}`).digest();
  return Number(digest.readBigUInt64BE(0) >> 12n) / 2 ** 52;
}

function describe(problem: ArmProblem, arms: readonly Arm[]): string {
  switch (problem.reason) {
    case "too_few_arms":
      return `it needs at least two arms, has ${arms.length}`;
    case "duplicate_key":
      return `arm ${problem.index} repeats the key "${problem.key}"`;
    case "bad_weight":
      return `arm ${problem.index} has weight ${arms[problem.index]?.weight}, weights must be positive integers`;
    case "zero_total_weight":
      return "the weights sum to 0";
  }
}

/** The key of the visitor's arm, stable for the same experiment, visitor and arms; throws on arms checkArms rejects. */
export function assignArm(experimentKey: string, visitorId: string, arms: readonly Arm[]): string {
  const problems = checkArms(arms);
  if (problems.length) throw new Error(`Experiment "${experimentKey}" cannot assign visitors: ${problems.map((problem) => describe(problem, arms)).join("; ")}`);
  const totalWeight = arms.reduce((total, arm) => total + arm.weight, 0);
  const point = hashPoint(experimentKey, visitorId) * totalWeight;
  let cumulative = 0;
  for (const arm of arms) {
    cumulative += arm.weight;
    if (point < cumulative) return arm.key;
  }
  // point < totalWeight always holds (the hash is below 1 and the weights are integers).
  throw new Error(`Experiment "${experimentKey}": no arm for point ${point}`);
}

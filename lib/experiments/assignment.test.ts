import { describe, expect, it } from "vitest";
import { assignArm, checkArms, hashPoint, type Arm } from "./assignment";

/** Visitor ids shaped like the `vid` cookie's UUIDs, sequential so that any weakness of the hash would show. */
const visitorIds = (count: number) => Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`);

function shares(experimentKey: string, arms: Arm[], ids: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(arms.map((arm) => [arm.key, 0]));
  for (const id of ids) counts[assignArm(experimentKey, id, arms)]! += 1;
  return Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, count / ids.length]));
}

const evenSplit: Arm[] = [
  { key: "control", weight: 1 },
  { key: "green", weight: 1 },
];
const twentyEighty: Arm[] = [
  { key: "control", weight: 20 },
  { key: "free-shipping", weight: 80 },
];

describe("assignArm", () => {
  it("gives the same visitor the same arm every time", () => {
    for (const id of visitorIds(50)) {
      const first = assignArm("checkout-button", id, evenSplit);
      for (let i = 0; i < 5; i++) expect(assignArm("checkout-button", id, evenSplit)).toBe(first);
    }
  });

  it("keeps the hashing scheme: changing it would reshuffle every running experiment", () => {
    // Pinned from SHA-256("exp:v1"): first 52 bits / 2^52.
    expect(hashPoint("exp", "v1")).toBe(0.5972513818802063);
    const point = hashPoint("checkout-button", "00000000-0000-4000-8000-000000000000");
    expect(point).toBeGreaterThanOrEqual(0);
    expect(point).toBeLessThan(1);
  });

  // Tolerances: ±3 points at 1,000 visitors (about 1.9 standard errors for 50/50, 2.4 for 20/80) and ±0.5 points at
  // 100,000 (3.2 and 4 standard errors). The ids are fixed, so the outcome is deterministic.
  it("splits 1,000 visitors 50/50 and 20/80 within ±3 %", () => {
    const ids = visitorIds(1_000);
    const even = shares("checkout-button", evenSplit, ids);
    expect(Math.abs(even.control! - 0.5)).toBeLessThan(0.03);
    const skewed = shares("free-shipping", twentyEighty, ids);
    expect(Math.abs(skewed.control! - 0.2)).toBeLessThan(0.03);
    expect(Math.abs(skewed["free-shipping"]! - 0.8)).toBeLessThan(0.03);
  });

  it("splits 100,000 visitors 50/50, 20/80 and 1:1:2 within ±0.5 %", () => {
    const ids = visitorIds(100_000);
    expect(Math.abs(shares("checkout-button", evenSplit, ids).green! - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(shares("free-shipping", twentyEighty, ids)["free-shipping"]! - 0.8)).toBeLessThan(0.005);
    const three = shares("hero", [{ key: "a", weight: 1 }, { key: "b", weight: 1 }, { key: "c", weight: 2 }], ids);
    expect(Math.abs(three.a! - 0.25)).toBeLessThan(0.005);
    expect(Math.abs(three.b! - 0.25)).toBeLessThan(0.005);
    expect(Math.abs(three.c! - 0.5)).toBeLessThan(0.005);
  });

  it("assigns independently across experiments: each pair of arms gets a quarter of 100,000 visitors (±0.5 %)", () => {
    const cells: Record<string, number> = {};
    const ids = visitorIds(100_000);
    for (const id of ids) {
      const cell = `${assignArm("checkout-button", id, evenSplit)}/${assignArm("product-gallery", id, evenSplit)}`;
      cells[cell] = (cells[cell] ?? 0) + 1;
    }
    expect(Object.keys(cells).sort()).toEqual(["control/control", "control/green", "green/control", "green/green"]);
    for (const count of Object.values(cells)) expect(Math.abs(count / ids.length - 0.25)).toBeLessThan(0.005);
  });

  it("throws a clear error for bad arms", () => {
    expect(() => assignArm("solo", "v1", [{ key: "control", weight: 1 }])).toThrow(/at least two arms/);
    expect(() => assignArm("none", "v1", [])).toThrow(/at least two arms/);
    expect(() => assignArm("zero", "v1", [{ key: "control", weight: 1 }, { key: "green", weight: 0 }])).toThrow(/arm 1 has weight 0/);
    expect(() => assignArm("negative", "v1", [{ key: "control", weight: -1 }, { key: "green", weight: 2 }])).toThrow(/positive integers/);
    expect(() => assignArm("fraction", "v1", [{ key: "control", weight: 0.5 }, { key: "green", weight: 0.5 }])).toThrow(/positive integers/);
    expect(() => assignArm("twice", "v1", [{ key: "control", weight: 1 }, { key: "control", weight: 1 }])).toThrow(/repeats the key "control"/);
  });
});

describe("checkArms", () => {
  it("accepts two or more arms with distinct keys and positive integer weights", () => {
    expect(checkArms(evenSplit)).toEqual([]);
    expect(checkArms([...twentyEighty, { key: "third", weight: 5 }])).toEqual([]);
  });

  it("lists every problem, pointing at the arm", () => {
    expect(checkArms([])).toEqual([{ reason: "too_few_arms" }]);
    expect(checkArms([{ key: "control", weight: 1 }])).toEqual([{ reason: "too_few_arms" }]);
    expect(
      checkArms([
        { key: "control", weight: 1 },
        { key: "green", weight: 2.5 },
        { key: "control", weight: -1 },
      ]),
    ).toEqual([
      { reason: "bad_weight", index: 1 },
      { reason: "duplicate_key", index: 2, key: "control" },
      { reason: "bad_weight", index: 2 },
    ]);
    expect(checkArms([{ key: "a", weight: 0 }, { key: "b", weight: 0 }])).toEqual([
      { reason: "bad_weight", index: 0 },
      { reason: "bad_weight", index: 1 },
      { reason: "zero_total_weight" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { withFirstDelay } from "./recovery-arms";

const hour = 3_600_000;

describe("a timing arm's reminder delays", () => {
  it("moves the first reminder sooner and keeps the later ones where they were", () => {
    expect(withFirstDelay([hour, 24 * hour, 72 * hour], hour / 2)).toEqual([hour / 2, 24 * hour, 72 * hour]);
  });

  it("moves the first reminder later and the later ones with it, keeping their spacing and their order", () => {
    const delays = withFirstDelay([hour, 24 * hour, 72 * hour], 24 * hour);
    expect(delays).toEqual([24 * hour, 47 * hour, 95 * hour]);
    expect(delays.every((delay, step) => step === 0 || delay > delays[step - 1]!)).toBe(true);
  });

  it("keeps the merchant's delays for the arm shown as configured", () => {
    expect(withFirstDelay([60_000, 12 * hour, 24 * hour], null)).toEqual([60_000, 12 * hour, 24 * hour]);
  });
});

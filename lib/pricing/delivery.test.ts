import { describe, expect, it } from "vitest";
import { addBusinessDays, deliveryWindow, dispatchDate, minutesToCutoff } from "./delivery";
import type { Warehouse } from "./types";

const warehouse: Warehouse = {
  timeZone: "America/Los_Angeles",
  cutoff: "14:00",
  handlingDays: 0,
  holidays: ["2026-11-26", "2026-12-25", "2027-01-01"],
};
// Pacific time is UTC−8 in winter.
const pacific = (local: string) => new Date(`${local}-08:00`);

describe("dispatchDate", () => {
  it.each([
    ["before the cut-off on a weekday ships today", "2026-12-01T09:30", "2026-12-01"],
    ["one minute before the cut-off still ships today", "2026-12-01T13:59", "2026-12-01"],
    ["at the cut-off ships the next business day", "2026-12-01T14:00", "2026-12-02"],
    ["late Friday ships Monday", "2026-12-04T18:00", "2026-12-07"],
    ["Saturday ships Monday", "2026-12-05T10:00", "2026-12-07"],
    ["a holiday ships the next business day", "2026-11-26T08:00", "2026-11-27"],
    ["after the cut-off before a holiday skips the holiday", "2026-12-24T15:00", "2026-12-28"],
    ["New Year's Eve evening skips New Year's Day and the weekend", "2026-12-31T20:00", "2027-01-04"],
  ])("%s", (_, local, expected) => {
    expect(dispatchDate(pacific(local), warehouse)).toBe(expected);
  });

  it("uses the warehouse's clock, not the server's: 23:30 UTC is 15:30 in Portland", () => {
    expect(dispatchDate(new Date("2026-12-01T23:30:00Z"), warehouse)).toBe("2026-12-02");
    // 07:30 UTC on Dec 2 is still Dec 1 (23:30) in Portland: after the cut-off, ships Dec 2.
    expect(dispatchDate(new Date("2026-12-02T07:30:00Z"), warehouse)).toBe("2026-12-02");
  });

  it("adds handling days as shipping days", () => {
    expect(dispatchDate(pacific("2026-12-03T09:00"), { ...warehouse, handlingDays: 2 })).toBe("2026-12-07");
  });

  it("follows daylight saving time", () => {
    // 13:30 PDT (UTC−7) in July is before the cut-off.
    expect(dispatchDate(new Date("2027-07-07T20:30:00Z"), warehouse)).toBe("2027-07-07");
  });
});

describe("delivery windows", () => {
  it("counts transit in business days", () => {
    expect(addBusinessDays("2026-12-04", 1)).toBe("2026-12-07");
    expect(addBusinessDays("2026-12-01", 3)).toBe("2026-12-04");
  });

  it("gives calendar dates from dispatch plus transit min–max", () => {
    expect(deliveryWindow(pacific("2026-12-01T10:00"), warehouse, { transitDays: { min: 2, max: 4 } })).toEqual({
      from: "2026-12-03",
      to: "2026-12-07",
    });
  });
});

describe("minutesToCutoff", () => {
  it("says how long is left when the cut-off is near", () => {
    expect(minutesToCutoff(pacific("2026-12-01T10:48"), warehouse)).toBe(192);
  });
  it("is silent after the cut-off, on weekends and holidays, and when far away", () => {
    expect(minutesToCutoff(pacific("2026-12-01T14:01"), warehouse)).toBeNull();
    expect(minutesToCutoff(pacific("2026-12-05T10:00"), warehouse)).toBeNull();
    expect(minutesToCutoff(pacific("2026-11-26T10:00"), warehouse)).toBeNull();
    expect(minutesToCutoff(pacific("2026-12-01T06:00"), warehouse)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { canonicalTimeZone, checkMethod, fromZonedInput, isCalendarDate, isCountryCode, promotionState, splitCountries, toZonedInput, type MethodInput } from "./pricing-checks";

const method: MethodInput = { zoneId: "us", service: "standard", carrier: "USPS", rate: [{ below: 3000, amount: 399 }, { below: null, amount: 299 }], freeOver: 7500, transitDaysMin: 2, transitDaysMax: 5, position: 0 };

describe("pricing checks", () => {
  it("knows country codes and reads a typed list of them", () => {
    expect(["US", "DE", "UA", "IR"].every(isCountryCode)).toBe(true);
    expect(["ZZ", "EU", "us", "USA", "XX"].some(isCountryCode)).toBe(false);
    expect(splitCountries(" de, fr;at  nl ")).toEqual(["DE", "FR", "AT", "NL"]);
  });

  it("accepts tiers ascending with only the last open, and names each problem with its tier", () => {
    expect(checkMethod(method)).toEqual([]);
    expect(checkMethod({ ...method, rate: [{ below: null, amount: 0 }], freeOver: null })).toEqual([]);
    expect(checkMethod({ ...method, rate: [{ below: 3000, amount: 399 }, { below: 3000, amount: 299 }, { below: null, amount: 199 }] })).toEqual([{ field: "tiers", reason: "unsorted_tiers", index: 1, part: "below" }]);
    expect(checkMethod({ ...method, rate: [{ below: 3000, amount: 1.5 }, { below: null, amount: -2 }] })).toEqual([
      { field: "tiers", reason: "bad_amount", index: 0, part: "amount" },
      { field: "tiers", reason: "negative_amount", index: 1, part: "amount" },
    ]);
    expect(checkMethod({ ...method, rate: [{ below: 0, amount: 100 }, { below: null, amount: 0 }] })).toEqual([{ field: "tiers", reason: "bad_amount", index: 0, part: "below" }]);
    expect(checkMethod({ ...method, transitDaysMin: 3, transitDaysMax: 2 })).toEqual([{ field: "transitDaysMax", reason: "transit_order" }]);
    expect(checkMethod({ ...method, transitDaysMin: Number.NaN })).toEqual([{ field: "transitDaysMin", reason: "bad_transit" }]);
  });

  it("takes IANA time zones in any case and real dates only", () => {
    expect(canonicalTimeZone("america/los_angeles")).toBe("America/Los_Angeles");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("+05:00")).toBeNull();
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(["2027-02-29", "2027-13-01", "27-01-01", "2027-1-1", ""].some(isCalendarDate)).toBe(false);
  });

  it("reads and shows times on the warehouse's clock, across daylight saving", () => {
    expect(fromZonedInput("2027-01-15T09:30", "America/Los_Angeles")).toEqual(new Date("2027-01-15T17:30:00Z"));
    expect(fromZonedInput("2027-07-15T09:30", "America/Los_Angeles")).toEqual(new Date("2027-07-15T16:30:00Z"));
    expect(fromZonedInput("2027-07-15T09:30", "Asia/Tehran")).toEqual(new Date("2027-07-15T06:00:00Z"));
    expect(fromZonedInput("2027-02-30T09:30", "UTC")).toBeNull();
    expect(fromZonedInput("yesterday", "UTC")).toBeNull();
    expect(toZonedInput(new Date("2027-07-15T16:30:00Z"), "America/Los_Angeles")).toBe("2027-07-15T09:30");
  });

  it("tells a running promotion from a scheduled or finished one as quote() does", () => {
    const window = { startsAt: new Date("2027-01-01T00:00:00Z"), endsAt: new Date("2027-01-08T00:00:00Z") };
    expect(promotionState(window, new Date("2026-12-31T23:59:59Z"))).toBe("scheduled");
    expect(promotionState(window, window.startsAt)).toBe("running");
    expect(promotionState(window, window.endsAt)).toBe("over");
  });
});

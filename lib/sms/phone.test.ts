import { describe, expect, it } from "vitest";
import { maskPhone, toE164 } from "./phone";

describe("toE164", () => {
  it("reads national numbers in the given country", () => {
    expect(toE164("0151 23456789", "DE")).toBe("+4915123456789");
    expect(toE164("050 123 4567", "ua")).toBe("+380501234567");
    expect(toE164("0912 345 6789", "IR")).toBe("+989123456789");
    expect(toE164("050 123 4567", "SA")).toBe("+966501234567");
    expect(toE164("(201) 555-0123", "US")).toBe("+12015550123");
  });

  it("reads international numbers whatever the country", () => {
    expect(toE164("+49 1512 3456789", null)).toBe("+4915123456789");
    expect(toE164(" +380 50 123 45 67 ", "DE")).toBe("+380501234567");
    expect(toE164("0049 151 23456789", "DE")).toBe("+4915123456789");
  });

  it("refuses numbers that are not valid mobile numbers", () => {
    expect(toE164("+49 123 4567890", null)).toBeNull();
    expect(toE164("030 123456", "DE")).toBeNull();
    expect(toE164("12", "DE")).toBeNull();
    expect(toE164("hello", "DE")).toBeNull();
    expect(toE164("", "DE")).toBeNull();
  });

  it("needs a country for a national number, and ignores one it does not know", () => {
    expect(toE164("0151 23456789", null)).toBeNull();
    expect(toE164("0151 23456789", "XX")).toBeNull();
    expect(toE164("+4915123456789", "XX")).toBe("+4915123456789");
  });
});

describe("maskPhone", () => {
  it("shows the country code and the last two digits only", () => {
    expect(maskPhone("+4915123456712")).toBe("+49 ••• ••• 12");
    expect(maskPhone("+380501234567")).toBe("+380 ••• ••• 67");
    expect(maskPhone("+12015550123")).toBe("+1 ••• ••• 23");
  });

  it("gives away nothing of a value too short to be a number", () => {
    expect(maskPhone("+4912")).toBe("+49 ••• ••• ••");
    expect(maskPhone("")).toBe("••• ••• ••");
  });
});

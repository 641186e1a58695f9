import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, formatMoney, minorDigits, money, multiply, parseMajorUnits, savings, subtract, toDecimalString } from ".";

describe("money", () => {
  it("refuses fractional minor units", () => {
    expect(() => money(12.5, "USD")).toThrow(RangeError);
  });

  it("adds, subtracts and multiplies in one currency only", () => {
    expect(add(money(150, "USD"), money(275, "USD"))).toEqual(money(425, "USD"));
    expect(subtract(money(150, "USD"), money(275, "USD"))).toEqual(money(-125, "USD"));
    expect(multiply(money(1999, "USD"), 3)).toEqual(money(5997, "USD"));
    expect(() => add(money(1, "USD"), money(1, "EUR"))).toThrow(/Currency mismatch/);
  });

  it("knows each currency's minor digits", () => {
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
  });

  it("states savings with a whole percentage", () => {
    expect(savings(money(5999, "USD"), money(7999, "USD"))).toEqual({ amount: money(2000, "USD"), percent: 25 });
    expect(savings(money(6667, "USD"), money(10000, "USD"))?.percent).toBe(33);
    expect(savings(money(5867, "USD"), money(6902, "USD"))?.percent).toBe(15);
    expect(savings(money(5000, "USD"), null)).toBeNull();
    expect(savings(money(5000, "USD"), money(5000, "USD"))).toBeNull();
  });

  it("writes decimal strings for structured data", () => {
    expect(toDecimalString(money(7800, "USD"))).toBe("78.00");
    expect(toDecimalString(money(5, "USD"))).toBe("0.05");
    expect(toDecimalString(money(-1250, "USD"))).toBe("-12.50");
    expect(toDecimalString(money(1500, "JPY"))).toBe("1500");
    expect(toDecimalString(money(1234, "KWD"))).toBe("1.234");
  });

  it("parses what shoppers type into minor units", () => {
    expect(parseMajorUnits("12", "USD")).toBe(1200);
    expect(parseMajorUnits("12.5", "USD")).toBe(1250);
    expect(parseMajorUnits(" 12,50 ", "USD")).toBe(1250);
    expect(parseMajorUnits("12.505", "USD")).toBeNull();
    expect(parseMajorUnits("abc", "USD")).toBeNull();
    expect(parseMajorUnits("-5", "USD")).toBeNull();
    expect(parseMajorUnits("1e9", "USD")).toBeNull();
  });

  it("round-trips every amount through its decimal string", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (amount) => {
        expect(parseMajorUnits(toDecimalString(money(amount, "USD")), "USD")).toBe(amount);
      }),
    );
  });

  it("formats per locale with Intl", () => {
    expect(formatMoney(money(7800, "USD"), "en-US")).toBe("$78.00");
    expect(formatMoney(money(7800, "USD"), "uk-UA")).toMatch(/78,00/);
    expect(formatMoney(money(7800, "USD"), "fa-IR")).toMatch(/۷۸٫۰۰/);
    expect(formatMoney(money(7800, "USD"), "ar")).toMatch(/78|٧٨/);
  });
});

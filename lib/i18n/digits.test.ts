import { describe, expect, it } from "vitest";
import { digitsOf, formatInteger, localizeDigits, toLatinDigits } from "./digits";
import { localeTags } from "./locales";

describe("toLatinDigits", () => {
  it("reads Persian and Arabic-Indic digits as ASCII and leaves the rest", () => {
    expect(toLatinDigits("۱۰۰۰۴۲")).toBe("100042");
    expect(toLatinDigits("٤٢٤٢ ٤٢٤٢")).toBe("4242 4242");
    expect(toLatinDigits("12/34 abc")).toBe("12/34 abc");
  });
});

describe("digitsOf", () => {
  it("gives Persian digits for fa and ASCII digits for en, ar and uk", () => {
    expect(digitsOf("fa").join("")).toBe("۰۱۲۳۴۵۶۷۸۹");
    expect(digitsOf("en").join("")).toBe("0123456789");
    expect(digitsOf("uk").join("")).toBe("0123456789");
    expect(digitsOf("ar").join("")).toBe("0123456789");
  });

  it("matches the digits prices are formatted with (one digit style per locale)", () => {
    // Prices go through Intl with the same tag: if an ICU update changes Arabic's default digits, this fails.
    for (const locale of ["en", "fa", "ar", "uk"] as const) {
      const price = new Intl.NumberFormat(localeTags[locale], { style: "currency", currency: "USD" }).format(1234.56);
      const used = [...price].filter((c) => /\p{Nd}/u.test(c));
      expect(used.every((c) => digitsOf(locale).includes(c)), `${locale}: ${price}`).toBe(true);
    }
  });
});

describe("localizeDigits", () => {
  it("writes a code's digits in the locale's script and keeps its other characters", () => {
    expect(localizeDigits(100006, "fa")).toBe("۱۰۰۰۰۶");
    expect(localizeDigits("12 / 34", "fa")).toBe("۱۲ / ۳۴");
    expect(localizeDigits(100006, "en")).toBe("100006");
    expect(localizeDigits("۱۲/34", "ar")).toBe("12/34");
  });

  it("never groups a code (an order number is not an amount)", () => {
    expect(localizeDigits(1234567, "uk")).toBe("1234567");
  });
});

describe("formatInteger", () => {
  it("writes counts in the locale's digits", () => {
    expect(formatInteger(30, "fa")).toBe("۳۰");
    expect(formatInteger(4, "ar")).toBe("4");
    expect(formatInteger(1234, "en")).toBe("1,234");
    expect(formatInteger(2026, "fa", { grouping: false })).toBe("۲۰۲۶");
  });
});

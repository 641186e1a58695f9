import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardBrand, cardExpired, formatCardNumber, luhnValid, normalizeCardNumber, parseExpiry, validCvc, validateCard } from "./card";
import { asFailureCode } from "./types";

// Mid-June 2030, UTC.
const now = new Date("2030-06-15T12:00:00Z");

describe("normalizeCardNumber", () => {
  it("strips spaces and dashes", () => {
    expect(normalizeCardNumber("4242 4242 4242 4242")).toBe("4242424242424242");
    expect(normalizeCardNumber(" 4242-4242-4242-4242 ")).toBe("4242424242424242");
    expect(normalizeCardNumber("3782 822463 10005")).toBe("378282246310005");
  });

  it("accepts 12 to 19 digits only", () => {
    expect(normalizeCardNumber("1".repeat(12))).toBe("1".repeat(12));
    expect(normalizeCardNumber("1".repeat(19))).toBe("1".repeat(19));
    expect(normalizeCardNumber("1".repeat(11))).toBeNull();
    expect(normalizeCardNumber("1".repeat(20))).toBeNull();
    expect(normalizeCardNumber("")).toBeNull();
  });

  it("refuses anything but digits, spaces and dashes", () => {
    expect(normalizeCardNumber("4242.4242.4242.4242")).toBeNull();
    expect(normalizeCardNumber("4242 4242 4242 424x")).toBeNull();
    expect(normalizeCardNumber("４２４２４２４２４２４２４２４２")).toBeNull();
  });
});

describe("luhnValid", () => {
  it("accepts Stripe's test numbers", () => {
    for (const number of ["4242424242424242", "5555555555554444", "378282246310005", "6011111111111117", "4000000000000002"]) {
      expect(luhnValid(number), number).toBe(true);
    }
  });

  it("rejects a wrong check digit", () => {
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("378282246310006")).toBe(false);
  });

  it("rejects non-digits and empty input", () => {
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("4242 4242 4242 4242")).toBe(false);
    expect(luhnValid("42a2")).toBe(false);
  });

  it("catches every single-digit typo", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const digits = "4242424242424242".split("");
        digits[position] = String((Number(digits[position]) + shift) % 10);
        expect(luhnValid(digits.join(""))).toBe(false);
      }),
    );
  });

  it("catches swapped adjacent digits unless they are 0 and 9 or equal", () => {
    const number = "4000056655665556";
    for (let i = 0; i < number.length - 1; i++) {
      const a = number[i]!;
      const b = number[i + 1]!;
      if (a === b || (a === "0" && b === "9") || (a === "9" && b === "0")) continue;
      const swapped = number.slice(0, i) + b + a + number.slice(i + 2);
      expect(luhnValid(swapped), swapped).toBe(false);
    }
  });
});

describe("cardBrand", () => {
  it.each([
    ["4242424242424242", "visa"],
    ["4000056655665556", "visa"],
    ["5555555555554444", "mastercard"],
    ["5105105105105100", "mastercard"],
    ["2223003122003222", "mastercard"],
    ["2720990000000000", "mastercard"],
    ["378282246310005", "amex"],
    ["371449635398431", "amex"],
    ["6011111111111117", "discover"],
    ["6445644564456445", "discover"],
    ["6500000000000002", "discover"],
    ["6221260000000000", "discover"],
    ["3056930009020004", "unknown"],
    ["2220990000000000", "unknown"],
    ["2721000000000000", "unknown"],
    ["5000000000000000", "unknown"],
    ["5600000000000000", "unknown"],
    ["6221250000000000", "unknown"],
    ["1234567812345678", "unknown"],
  ] as const)("%s is %s", (number, brand) => {
    expect(cardBrand(number)).toBe(brand);
  });

  it("recognizes a number still being typed", () => {
    expect(cardBrand("")).toBe("unknown");
    expect(cardBrand("4")).toBe("visa");
    expect(cardBrand("3")).toBe("unknown");
    expect(cardBrand("37")).toBe("amex");
    expect(cardBrand("5")).toBe("unknown");
    expect(cardBrand("55")).toBe("mastercard");
    expect(cardBrand("222")).toBe("unknown");
    expect(cardBrand("2221")).toBe("mastercard");
    expect(cardBrand("6011")).toBe("discover");
    expect(cardBrand("3782 82")).toBe("amex");
  });
});

describe("parseExpiry", () => {
  it("reads the formats shoppers type", () => {
    expect(parseExpiry("12/34", now)).toEqual({ month: 12, year: 2034 });
    expect(parseExpiry("12 / 34", now)).toEqual({ month: 12, year: 2034 });
    expect(parseExpiry("1234", now)).toEqual({ month: 12, year: 2034 });
    expect(parseExpiry(" 07/31 ", now)).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("7/31", now)).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("07-31", now)).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("07 31", now)).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("07/2031", now)).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("072031", now)).toEqual({ month: 7, year: 2031 });
  });

  it("refuses months outside 1 to 12", () => {
    expect(parseExpiry("13/30", now)).toBe("invalid_expiry");
    expect(parseExpiry("00/31", now)).toBe("invalid_expiry");
    expect(parseExpiry("0/31", now)).toBe("invalid_expiry");
  });

  it("refuses what is not an expiry", () => {
    for (const input of ["", "12", "12/3", "123", "12345", "12/345", "ab/cd", "12//34", "12/34/56", "1 2/34"]) {
      expect(parseExpiry(input, now), input).toBe("invalid_expiry");
    }
  });

  it("is still valid in its expiry month", () => {
    expect(parseExpiry("06/30", now)).toEqual({ month: 6, year: 2030 });
    expect(parseExpiry("06/30", new Date("2030-06-30T23:59:59Z"))).toEqual({ month: 6, year: 2030 });
  });

  it("has expired once its month is over", () => {
    expect(parseExpiry("05/30", now)).toBe("expired_card");
    expect(parseExpiry("06/30", new Date("2030-07-01T00:00:00Z"))).toBe("expired_card");
    expect(parseExpiry("12/29", now)).toBe("expired_card");
    expect(parseExpiry("01/2001", now)).toBe("expired_card");
  });

  it("handles the turn of the year", () => {
    const newYearsEve = new Date("2030-12-31T12:00:00Z");
    expect(parseExpiry("12/30", newYearsEve)).toEqual({ month: 12, year: 2030 });
    expect(parseExpiry("11/30", newYearsEve)).toBe("expired_card");
    expect(parseExpiry("01/31", newYearsEve)).toEqual({ month: 1, year: 2031 });
  });

  it("refuses years implausibly far ahead", () => {
    expect(parseExpiry("12/80", now)).toEqual({ month: 12, year: 2080 });
    expect(parseExpiry("01/81", now)).toBe("invalid_expiry");
    expect(parseExpiry("01/2999", now)).toBe("invalid_expiry");
  });
});

describe("validCvc", () => {
  it("wants 3 digits, 4 for Amex", () => {
    expect(validCvc("123", "visa")).toBe(true);
    expect(validCvc("123", "mastercard")).toBe(true);
    expect(validCvc("123", "discover")).toBe(true);
    expect(validCvc("123", "unknown")).toBe(true);
    expect(validCvc("1234", "amex")).toBe(true);
    expect(validCvc("1234", "visa")).toBe(false);
    expect(validCvc("12", "visa")).toBe(false);
    expect(validCvc("123", "amex")).toBe(false);
    expect(validCvc("12345", "amex")).toBe(false);
  });

  it("ignores surrounding spaces but nothing else", () => {
    expect(validCvc(" 123 ", "visa")).toBe(true);
    expect(validCvc("1 23", "visa")).toBe(false);
    expect(validCvc("12a", "visa")).toBe(false);
    expect(validCvc("", "visa")).toBe(false);
  });
});

describe("formatCardNumber", () => {
  it("groups by 4 as the shopper types", () => {
    expect(formatCardNumber("")).toBe("");
    expect(formatCardNumber("4")).toBe("4");
    expect(formatCardNumber("4242")).toBe("4242");
    expect(formatCardNumber("42424")).toBe("4242 4");
    expect(formatCardNumber("4242424242424242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("4242 4242-4242 4242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("4242424242424242424")).toBe("4242 4242 4242 4242 424");
  });

  it("groups Amex 4-6-5", () => {
    expect(formatCardNumber("3782")).toBe("3782");
    expect(formatCardNumber("37828")).toBe("3782 8");
    expect(formatCardNumber("3782822463")).toBe("3782 822463");
    expect(formatCardNumber("37828224631")).toBe("3782 822463 1");
    expect(formatCardNumber("378282246310005")).toBe("3782 822463 10005");
  });

  it("drops digits beyond the longest number", () => {
    expect(formatCardNumber("3782822463100059")).toBe("3782 822463 10005");
    expect(formatCardNumber("42424242424242424242")).toBe("4242 4242 4242 4242 424");
  });

  it("drops what is not a digit", () => {
    expect(formatCardNumber("4a2b4c2")).toBe("4242");
  });

  it("keeps every digit typed, in order, up to 19", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789 -x"), maxLength: 30 }), (input) => {
        const formatted = formatCardNumber(input);
        const digits = input.replace(/\D/g, "");
        expect(digits.startsWith(formatted.replace(/ /g, ""))).toBe(true);
        expect(formatted).toBe(formatCardNumber(formatted));
        expect(formatted).not.toMatch(/^ | $|  /);
      }),
    );
  });
});

describe("validateCard", () => {
  const visa = { number: "4242 4242 4242 4242", expiry: "12 / 34", cvc: "123" };

  it("returns the normalized card", () => {
    expect(validateCard(visa, now)).toEqual({
      ok: true,
      number: "4242424242424242",
      month: 12,
      year: 2034,
      cvc: "123",
      brand: "visa",
      last4: "4242",
    });
    expect(validateCard({ number: "3782 822463 10005", expiry: "0131", cvc: " 1234 " }, now)).toEqual({
      ok: true,
      number: "378282246310005",
      month: 1,
      year: 2031,
      cvc: "1234",
      brand: "amex",
      last4: "0005",
    });
  });

  it("names the number field", () => {
    const error = { ok: false, field: "number", code: "incorrect_number" };
    expect(validateCard({ ...visa, number: "4242 4242 4242 4241" }, now)).toEqual(error);
    expect(validateCard({ ...visa, number: "4242" }, now)).toEqual(error);
    expect(validateCard({ ...visa, number: "" }, now)).toEqual(error);
    expect(validateCard({ ...visa, number: "card" }, now)).toEqual(error);
  });

  it("refuses a Luhn-valid number of the wrong length for its brand", () => {
    // 14-digit Visa and 16-digit Amex, both with a correct check digit.
    expect(luhnValid("42424242424242")).toBe(true);
    expect(validateCard({ ...visa, number: "42424242424242" }, now)).toMatchObject({ field: "number" });
    expect(luhnValid("3782822463100003")).toBe(true);
    expect(validateCard({ ...visa, number: "3782822463100003", cvc: "1234" }, now)).toMatchObject({ field: "number" });
  });

  it("names the expiry field", () => {
    expect(validateCard({ ...visa, expiry: "13/30" }, now)).toEqual({ ok: false, field: "expiry", code: "invalid_expiry" });
    expect(validateCard({ ...visa, expiry: "05/30" }, now)).toEqual({ ok: false, field: "expiry", code: "expired_card" });
  });

  it("names the CVC field", () => {
    const error = { ok: false, field: "cvc", code: "incorrect_cvc" };
    expect(validateCard({ ...visa, cvc: "12" }, now)).toEqual(error);
    expect(validateCard({ ...visa, cvc: "1234" }, now)).toEqual(error);
    expect(validateCard({ number: "378282246310005", expiry: "12/34", cvc: "123" }, now)).toEqual(error);
  });

  it("reports the first field in error, in form order", () => {
    expect(validateCard({ number: "1", expiry: "13/99", cvc: "" }, now)).toMatchObject({ field: "number" });
    expect(validateCard({ ...visa, expiry: "13/99", cvc: "" }, now)).toMatchObject({ field: "expiry" });
  });
});

describe("cardExpired", () => {
  const now = new Date("2030-06-15T12:00:00Z");
  it("is good through the last day of its month", () => {
    expect(cardExpired({ expMonth: 6, expYear: 2030 }, now)).toBe(false);
    expect(cardExpired({ expMonth: 6, expYear: 2030 }, new Date("2030-06-30T23:59:59Z"))).toBe(false);
    expect(cardExpired({ expMonth: 6, expYear: 2030 }, new Date("2030-07-01T00:00:00Z"))).toBe(true);
    expect(cardExpired({ expMonth: 12, expYear: 2029 }, now)).toBe(true);
    expect(cardExpired({ expMonth: 1, expYear: 2031 }, now)).toBe(false);
  });
});

describe("asFailureCode", () => {
  it("keeps the codes the checkout explains and calls everything else a decline", () => {
    expect(asFailureCode("insufficient_funds")).toBe("insufficient_funds");
    expect(asFailureCode("stolen_card")).toBe("lost_card");
    expect(asFailureCode("do_not_honor")).toBe("card_declined");
    expect(asFailureCode(null)).toBe("card_declined");
  });
});

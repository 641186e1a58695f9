import { describe, expect, it } from "vitest";
import { toLatinDigits } from "./digits";

describe("toLatinDigits", () => {
  it("reads Persian and Arabic-Indic digits as ASCII and leaves the rest", () => {
    expect(toLatinDigits("۱۰۰۰۴۲")).toBe("100042");
    expect(toLatinDigits("٤٢٤٢ ٤٢٤٢")).toBe("4242 4242");
    expect(toLatinDigits("12/34 abc")).toBe("12/34 abc");
  });
});

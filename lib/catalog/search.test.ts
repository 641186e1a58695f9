import { describe, expect, it } from "vitest";
import { maxQueryLength, normalizeSearch } from "./search";

describe("normalizeSearch", () => {
  it("turns words into prefix queries", () => {
    expect(normalizeSearch("Linen  shirt").tsQuery).toBe("linen:* & shirt:*");
  });

  it("keeps letters of every script", () => {
    expect(normalizeSearch("пляшка").tsQuery).toBe("пляшка:*");
    expect(normalizeSearch("لیوان سرامیکی").tsQuery).toBe("لیوان:* & سرامیکی:*");
  });

  it("drops tsquery operators so no input is a syntax error", () => {
    expect(normalizeSearch("a & (b | !c) <-> d:*'").tsQuery).toBe("a:* & b:* & c:* & d:*");
    expect(normalizeSearch("!!! ***").tsQuery).toBeNull();
    expect(normalizeSearch(undefined).tsQuery).toBeNull();
  });

  it("shortens very long input and says so", () => {
    const result = normalizeSearch("x".repeat(10_000));
    expect(result.text).toHaveLength(maxQueryLength);
    expect(result.truncated).toBe(true);
  });

  it("uses the first value of a repeated parameter", () => {
    expect(normalizeSearch(["mug", "bottle"]).text).toBe("mug");
  });
});

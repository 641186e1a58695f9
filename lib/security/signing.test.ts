import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signValue, verifySigned } from "./signing";

const key = randomBytes(32);

describe("signed values", () => {
  it("round-trips a value", () => {
    expect(verifySigned(signValue("abc", "cart", key), "cart", key)).toBe("abc");
  });

  it("refuses a changed value, another purpose, another key or garbage", () => {
    const token = signValue("abc", "cart", key);
    expect(verifySigned(token.replace("abc", "abd"), "cart", key)).toBeNull();
    expect(verifySigned(token, "handoff", key)).toBeNull();
    expect(verifySigned(token, "cart", randomBytes(32))).toBeNull();
    expect(verifySigned("abc", "cart", key)).toBeNull();
    expect(verifySigned("", "cart", key)).toBeNull();
    expect(verifySigned(undefined, "cart", key)).toBeNull();
    expect(verifySigned(`${"x".repeat(600)}.sig`, "cart", key)).toBeNull();
  });
});

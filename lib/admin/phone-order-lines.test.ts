import { describe, expect, it } from "vitest";
import { parsePhoneOrderLines } from "./phone-order-lines";

describe("phone order lines as typed", () => {
  it("reads a SKU and a quantity per line, one when none is given, skipping blank lines", () => {
    expect(parsePhoneOrderLines("LIN-SHIRT-M 2\n\n  mug-blue x3 \nTOTE")).toEqual({
      ok: true,
      lines: [
        { sku: "LIN-SHIRT-M", quantity: 2 },
        { sku: "mug-blue", quantity: 3 },
        { sku: "TOTE", quantity: 1 },
      ],
    });
  });

  it("names the first line it cannot read (counting from 0)", () => {
    expect(parsePhoneOrderLines("TOTE 1\nTOTE 0")).toEqual({ ok: false, line: 1 });
    expect(parsePhoneOrderLines("TOTE -1")).toEqual({ ok: false, line: 0 });
    expect(parsePhoneOrderLines("two words 2")).toEqual({ ok: false, line: 0 });
    expect(parsePhoneOrderLines("<script> 1")).toEqual({ ok: false, line: 0 });
    expect(parsePhoneOrderLines("TOTE 1000")).toEqual({ ok: false, line: 0 });
  });

  it("takes at most 50 items", () => {
    expect(parsePhoneOrderLines(Array.from({ length: 51 }, (_, i) => `SKU${i} 1`).join("\n"))).toEqual({ ok: false, line: 50 });
  });
});

import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import type { Variant } from "./types";
import { selectVariant } from "./variant-selection";

let nextId = 1;
const variant = (options: Variant["options"], available: number): Variant => ({
  id: nextId++,
  sku: `SKU-${nextId}`,
  options,
  price: money(3800, "USD"),
  compareAtPrice: null,
  available,
  weightGrams: 200,
});

const shirt = [
  variant({ size: "S", color: "sage" }, 4),
  variant({ size: "M", color: "sage" }, 0),
  variant({ size: "L", color: "sage" }, 12),
  variant({ size: "S", color: "navy" }, 0),
  variant({ size: "M", color: "navy" }, 7),
  variant({ size: "L", color: "navy" }, 0),
];

describe("selectVariant", () => {
  it("asks for every missing choice instead of saying out of stock", () => {
    const selection = selectVariant(["size", "color"], shirt, {});
    expect(selection.state).toEqual({ kind: "choose", missing: ["size", "color"] });
  });

  it("asks only for what is still missing", () => {
    expect(selectVariant(["size", "color"], shirt, { color: "sage" }).state).toEqual({ kind: "choose", missing: ["size"] });
  });

  it("finds the variant when every option is chosen", () => {
    const selection = selectVariant(["size", "color"], shirt, { size: "L", color: "sage" });
    expect(selection.state).toMatchObject({ kind: "available", variant: { options: { size: "L", color: "sage" } } });
  });

  it("marks values sold out given the other choices", () => {
    const selection = selectVariant(["size", "color"], shirt, { color: "sage" });
    const sizes = selection.options.find((o) => o.name === "size")!.values;
    expect(sizes).toEqual([
      { value: "S", available: true },
      { value: "M", available: false },
      { value: "L", available: true },
    ]);
  });

  it("points at the option to change when a combination is sold out", () => {
    const selection = selectVariant(["size", "color"], shirt, { size: "M", color: "sage" });
    expect(selection.state).toMatchObject({ kind: "sold-out-combination", option: "size" });
  });

  it("drops values the product does not have", () => {
    const selection = selectVariant(["size", "color"], shirt, { size: "XXL", color: "<b>" });
    expect(selection.chosen).toEqual({});
  });

  it("chooses an option that has only one value", () => {
    const mug = [variant({ color: "white" }, 3)];
    expect(selectVariant(["color"], mug, {}).state).toMatchObject({ kind: "available" });
  });

  it("handles products without options", () => {
    expect(selectVariant([], [variant({}, 2)], {}).state).toMatchObject({ kind: "available" });
    expect(selectVariant([], [variant({}, 0)], {}).state).toEqual({ kind: "sold-out" });
  });

  it("says sold out only when nothing at all can be bought", () => {
    const gone = [variant({ size: "S" }, 0), variant({ size: "M" }, 0)];
    expect(selectVariant(["size"], gone, {}).state).toEqual({ kind: "sold-out" });
  });
});

import { describe, expect, it } from "vitest";
import { galleryFor, productView } from "./product-view";
import type { CatalogImage, ProductDetail, Variant } from "./types";

const image = (src: string, optionValue: string | null): CatalogImage => ({ src, width: 800, height: 1000, optionValue });
const images = [image("/sage-1", "sage"), image("/navy-1", "navy"), image("/detail", null), image("/sage-2", "sage")];

const variant = (id: number, options: Record<string, string>, amount: number): Variant => ({
  id,
  sku: `SKU-${id}`,
  options,
  price: { amount, currency: "USD" },
  compareAtPrice: null,
  available: 5,
  weightGrams: 300,
});

const product = (variants: Variant[]) =>
  ({ optionNames: ["size", "color"], variants, images }) as unknown as ProductDetail;

describe("the product page's view of its URL", () => {
  it("puts the chosen colour's images first, then the colourless ones", () => {
    expect(galleryFor(images, { color: "sage" }).map((i) => i.src)).toEqual(["/sage-1", "/sage-2", "/detail"]);
  });

  it("shows one coloured image before the colourless ones when no colour (or an unknown one) is chosen", () => {
    expect(galleryFor(images, {}).map((i) => i.src)).toEqual(["/sage-1", "/detail"]);
    expect(galleryFor(images, { color: "plum" }).map((i) => i.src)).toEqual(["/sage-1", "/detail"]);
  });

  it("shows the chosen variant, or the cheapest with a 'from' price while a choice is missing", () => {
    const variants = [variant(1, { size: "S", color: "sage" }, 4200), variant(2, { size: "M", color: "sage" }, 3900), variant(3, { size: "M", color: "navy" }, 4500)];
    const chosen = productView(product(variants), { size: "M", color: "navy" });
    expect(chosen.shownVariant.id).toBe(3);
    expect(chosen.selection.state.kind).toBe("available");

    const unchosen = productView(product(variants), { color: ["sage", "navy"] });
    expect(unchosen.selection.chosen.color).toBe("sage");
    expect(unchosen.selection.state.kind).toBe("choose");
    expect(unchosen.shownVariant.id).toBe(2);
    expect(unchosen.priceVaries).toBe(true);
  });

  it("reads one price, not a range, when every variant costs the same", () => {
    const variants = [variant(1, { size: "S", color: "sage" }, 3900), variant(2, { size: "M", color: "sage" }, 3900)];
    expect(productView(product(variants), {}).priceVaries).toBe(false);
  });
});

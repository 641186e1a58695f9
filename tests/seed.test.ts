import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedCategories, seedProducts } from "@/db/seed/catalog";
import { locales } from "@/lib/i18n/locales";

const publicFile = (src: string) => path.join(process.cwd(), "public", src);
const variants = seedProducts.flatMap((p) => p.variants.map((v) => ({ product: p, ...v })));

describe("seed catalog", () => {
  it("has a real shop's breadth", () => {
    expect(seedCategories.length).toBeGreaterThanOrEqual(5);
    expect(seedProducts.length).toBeGreaterThanOrEqual(40);
    for (const category of seedCategories) expect(seedProducts.some((p) => p.category === category.slug)).toBe(true);
  });

  it("has apparel with size and colour variants and goods without variants", () => {
    expect(seedProducts.filter((p) => p.optionNames.join() === "size,color").length).toBeGreaterThanOrEqual(5);
    expect(seedProducts.filter((p) => p.optionNames.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it("prices in integer cents, with sales above price", () => {
    for (const v of variants) {
      expect(Number.isInteger(v.price) && v.price > 0).toBe(true);
      if (v.compareAtPrice !== undefined) expect(v.compareAtPrice).toBeGreaterThan(v.price);
    }
    expect(seedProducts.filter((p) => p.variants.some((v) => v.compareAtPrice)).length).toBeGreaterThanOrEqual(5);
  });

  it("has low-stock and sold-out variants, purchase limits and in-stock products", () => {
    expect(variants.filter((v) => v.stock === 0).length).toBeGreaterThanOrEqual(3);
    expect(variants.filter((v) => v.stock > 0 && v.stock <= 5).length).toBeGreaterThanOrEqual(3);
    expect(seedProducts.filter((p) => p.purchaseLimit).length).toBeGreaterThanOrEqual(3);
    expect(seedProducts.filter((p) => p.variants.every((v) => v.stock === 0)).length).toBeLessThanOrEqual(1);
  });

  it("has each variant combination once", () => {
    for (const product of seedProducts) {
      const keys = product.variants.map((v) => JSON.stringify(v.options));
      expect(new Set(keys).size, product.slug).toBe(keys.length);
    }
  });

  it("translates every name and short description", () => {
    for (const item of [...seedProducts, ...seedCategories]) {
      for (const locale of locales) expect(item.name[locale], `${item.slug} ${locale}`).toBeTruthy();
    }
    for (const product of seedProducts) for (const locale of locales) expect(product.shortDescription[locale]).toBeTruthy();
  });

  it("has reviews, some with photos, on most products", () => {
    expect(seedProducts.filter((p) => p.reviews.length > 0).length / seedProducts.length).toBeGreaterThan(0.6);
    expect(seedProducts.flatMap((p) => p.reviews).filter((r) => r.photos?.length).length).toBeGreaterThanOrEqual(5);
  });

  it("ships every image it refers to", () => {
    const sources = [
      ...seedCategories.map((c) => c.image),
      ...seedProducts.flatMap((p) => p.images.map((i) => i.src)),
      ...seedProducts.flatMap((p) => p.reviews.flatMap((r) => r.photos ?? [])),
    ];
    const missing = sources.filter((src) => !existsSync(publicFile(src)));
    expect(missing).toEqual([]);
    for (const product of seedProducts) expect(product.images.length, product.slug).toBeGreaterThan(0);
  });
});

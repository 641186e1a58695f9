import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { seedCategories, seedProducts } from "@/db/seed/catalog";
import { isCatalogSeeded, loadCatalog } from "@/db/seed/load";
import { parseListingQuery } from "@/lib/catalog/listing-query";
import { getProduct, listCategories, listFacetValues, listProducts, listProductSlugs, suggestProductNames } from "@/lib/catalog/queries";
import { normalizeSearch } from "@/lib/catalog/search";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("catalog queries on $name", (target) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await target.open();
    await loadCatalog(handle.db, { categories: seedCategories, products: seedProducts, currency: "USD" });
  });
  afterAll(async () => handle?.close());

  it("records that the catalog is seeded", async () => {
    expect(await isCatalogSeeded(handle.db)).toBe(true);
  });

  it("lists categories translated, with English fallback", async () => {
    const en = await listCategories(handle.db, { locale: "en" });
    const fa = await listCategories(handle.db, { locale: "fa" });
    expect(en.map((c) => c.slug)).toEqual(seedCategories.map((c) => c.slug));
    expect(fa[0]!.name).toBe(seedCategories[0]!.name.fa);
  });

  it("pages through a category with a total", async () => {
    const [apparel] = await listCategories(handle.db, { locale: "en" });
    const first = await listProducts(handle.db, { locale: "en", categoryId: apparel!.id, limit: 4 });
    const second = await listProducts(handle.db, { locale: "en", categoryId: apparel!.id, limit: 4, offset: 4 });
    const expected = seedProducts.filter((p) => p.category === apparel!.slug).length;
    expect(first.total).toBe(expected);
    expect(first.items).toHaveLength(4);
    expect(second.items.map((p) => p.id)).not.toContain(first.items[0]!.id);
    const pastTheEnd = await listProducts(handle.db, { locale: "en", categoryId: apparel!.id, limit: 4, offset: 400 });
    expect(pastTheEnd).toEqual({ items: [], total: expected });
  });

  it("filters by size, colour, price and stock together", async () => {
    const [apparel] = await listCategories(handle.db, { locale: "en" });
    const { filters } = parseListingQuery({ size: "M", color: "sage", max: "60", stock: "1" }, "USD");
    const { items } = await listProducts(handle.db, { locale: "en", categoryId: apparel!.id, filters, limit: 50 });
    const expected = seedProducts.filter((p) =>
      p.variants.some((v) => v.options.size === "M" && v.options.color === "sage" && v.price <= 6000 && v.stock > 0),
    );
    expect(items.map((p) => p.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
  });

  it("sorts by price both ways", async () => {
    const asc = await listProducts(handle.db, { locale: "en", sort: "price-asc", limit: 100 });
    const prices = asc.items.map((p) => p.price.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const desc = await listProducts(handle.db, { locale: "en", sort: "price-desc", limit: 1 });
    expect(desc.items[0]!.price.amount).toBe(Math.max(...prices));
  });

  it("returns a product with variants, stock, images and a rating summary", async () => {
    const seed = seedProducts.find((p) => p.optionNames.length === 2 && p.reviews.length > 0)!;
    const product = await getProduct(handle.db, { slug: seed.slug, locale: "uk" });
    expect(product).not.toBeNull();
    expect(product!.name).toBe(seed.name.uk);
    expect(product!.variants).toHaveLength(seed.variants.length);
    expect(product!.variants.map((v) => v.available)).toEqual(seed.variants.map((v) => v.stock));
    expect(product!.images).toHaveLength(seed.images.length);
    expect(product!.rating.count).toBe(seed.reviews.length);
    const mean = seed.reviews.reduce((sum, r) => sum + r.rating, 0) / seed.reviews.length;
    expect(product!.rating.average).toBeCloseTo(mean, 1);
  });

  it("does not find unknown products", async () => {
    expect(await getProduct(handle.db, { slug: "no-such-thing", locale: "en" })).toBeNull();
  });

  it("searches names by word prefix in the shopper's language and English", async () => {
    const seed = seedProducts[0]!;
    const word = seed.name.en.split(" ")[0]!;
    const en = await listProducts(handle.db, { locale: "en", textQuery: normalizeSearch(word.slice(0, 4)).tsQuery!, limit: 50 });
    expect(en.items.map((p) => p.slug)).toContain(seed.slug);
    const ukWord = seed.name.uk.split(" ")[0]!;
    const uk = await listProducts(handle.db, { locale: "uk", textQuery: normalizeSearch(ukWord).tsQuery!, limit: 50 });
    expect(uk.items.map((p) => p.slug)).toContain(seed.slug);
  });

  it("suggests close names when a search finds nothing", async () => {
    const seed = seedProducts.find((p) => p.name.en.length > 8)!;
    const typo = seed.name.en.slice(0, -2) + "xq";
    const suggestions = await suggestProductNames(handle.db, { query: typo, locale: "en", limit: 3 });
    expect(suggestions.map((s) => s.slug)).toContain(seed.slug);
  });

  it("lists facet values present in a category", async () => {
    const [apparel] = await listCategories(handle.db, { locale: "en" });
    const facets = await listFacetValues(handle.db, { categoryId: apparel!.id });
    expect(facets.sizes.length).toBeGreaterThan(2);
    expect(facets.colors.length).toBeGreaterThan(2);
  });

  it("lists every product slug for the sitemap", async () => {
    expect((await listProductSlugs(handle.db)).map((p) => p.slug).sort()).toEqual(seedProducts.map((p) => p.slug).sort());
  });
});

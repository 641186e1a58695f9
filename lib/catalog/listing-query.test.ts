import { describe, expect, it } from "vitest";
import { activeFilterCount, hasActiveFilters, listingSearchParams, optionsFromFilters, parseListingQuery } from "./listing-query";

describe("parseListingQuery", () => {
  it("reads sizes, colours, prices, stock, sort and page", () => {
    const query = parseListingQuery(
      { size: ["M", "L"], color: "sage,navy", min: "10", max: "59.5", stock: "1", sort: "price-desc", page: "2" },
      "USD",
    );
    expect(query).toEqual({
      filters: { sizes: ["M", "L"], colors: ["sage", "navy"], minPrice: 1000, maxPrice: 5950, inStockOnly: true },
      sort: "price-desc",
      page: 2,
      notices: [],
    });
  });

  it("ignores malformed values instead of failing", () => {
    const query = parseListingQuery({ size: ["XXXL", "<script>"], color: "rainbow", sort: "cheapest", page: "-1", stock: "yes" }, "USD");
    expect(query.filters).toEqual({ sizes: [], colors: [], minPrice: null, maxPrice: null, inStockOnly: false });
    expect(query.sort).toBe("featured");
    expect(query.page).toBe(1);
  });

  it.each([["abc"], ["1e5"], ["-3"], ["12.345"]])("reports an unusable price %s and ignores it", (min) => {
    const query = parseListingQuery({ min }, "USD");
    expect(query.filters.minPrice).toBeNull();
    expect(query.notices).toEqual(["priceIgnored"]);
  });

  it("swaps a minimum above the maximum and says so", () => {
    const query = parseListingQuery({ min: "80", max: "20" }, "USD");
    expect([query.filters.minPrice, query.filters.maxPrice]).toEqual([2000, 8000]);
    expect(query.notices).toEqual(["priceSwapped"]);
  });

  it("caps absurd page numbers", () => {
    expect(parseListingQuery({ page: "99999999999" }, "USD").page).toBe(1);
    expect(parseListingQuery({ page: "2.5" }, "USD").page).toBe(1);
  });

  it("round-trips through listingSearchParams", () => {
    const original = { size: ["S"], color: ["rust"], min: "12.5", max: "40", stock: "1", sort: "rating", page: "3" };
    const parsed = parseListingQuery(original, "USD");
    const params = Object.fromEntries(
      [...new Set(listingSearchParams(parsed, 2).keys())].map((key) => [key, listingSearchParams(parsed, 2).getAll(key)]),
    );
    expect(parseListingQuery(params, "USD")).toEqual(parsed);
    expect(hasActiveFilters(parsed.filters)).toBe(true);
    expect(hasActiveFilters(parseListingQuery({}, "USD").filters)).toBe(false);
  });
});

describe("activeFilterCount", () => {
  it("counts each size, colour and the stock filter, and a price range once", () => {
    expect(activeFilterCount({ sizes: [], colors: [], minPrice: null, maxPrice: null, inStockOnly: false })).toBe(0);
    expect(activeFilterCount({ sizes: ["M", "L"], colors: ["navy"], minPrice: 1000, maxPrice: 5000, inStockOnly: true })).toBe(5);
    expect(activeFilterCount({ sizes: [], colors: [], minPrice: null, maxPrice: 5000, inStockOnly: false })).toBe(1);
  });
});

describe("optionsFromFilters", () => {
  it("carries a single filtered size and colour to the product", () => {
    expect(optionsFromFilters({ sizes: ["M"], colors: ["navy"] }, ["navy", "white"])).toEqual({ size: "M", color: "navy" });
  });

  it("picks the one filtered colour the product comes in", () => {
    expect(optionsFromFilters({ sizes: [], colors: ["navy", "sage"] }, ["sage", "black"])).toEqual({ color: "sage" });
  });

  it("chooses nothing when the filters leave the choice open", () => {
    expect(optionsFromFilters({ sizes: ["M", "L"], colors: ["navy", "white"] }, ["navy", "white"])).toEqual({});
    expect(optionsFromFilters({ sizes: [], colors: ["navy"] }, [])).toEqual({});
    expect(optionsFromFilters({ sizes: [], colors: [] }, ["navy"])).toEqual({});
  });
});

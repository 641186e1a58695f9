import { describe, expect, it } from "vitest";
import { countriesOfKey, isShellPath, searchParamsOfSegment, shellPathFor, type ShopperSignals } from "./route";

const nobody: ShopperSignals = { destinationCookie: undefined, countryHeader: null, acceptLanguage: null };
const path = (url: string, signals: ShopperSignals = nobody) => {
  const parsed = new URL(url, "http://store.test");
  return shellPathFor(parsed.pathname, parsed.searchParams, signals);
};

describe("shellPathFor", () => {
  it("serves home, listings and product pages from shells; everything else is rendered per request", () => {
    expect(path("/en")).toBe("/en/shell/-");
    expect(path("/en/c/apparel")).toBe("/en/shell/-/c/apparel");
    expect(path("/fa/p/brushed-fleece-hoodie")).toBe("/fa/shell/-/p/brushed-fleece-hoodie");
    expect(path("/en/cart")).toBeNull();
    expect(path("/en/search?q=mug")).toBeNull();
    expect(path("/en/p/hoodie/reviews")).toBeNull();
    expect(path(`/en/p/${"x".repeat(9000)}`)).toBeNull();
  });

  it("keys a page on the query values it reads, sorted, and drops the rest (tracking ids)", () => {
    expect(path("/en/p/hoodie?size=M&color=black&utm_source=mail&gclid=1")).toBe(`/en/shell/-/p/hoodie/${encodeURIComponent("color=black&size=M")}`);
    expect(path("/en/c/apparel?sort=newest&size=S&size=M&fbclid=x")).toBe(`/en/shell/-/c/apparel/${encodeURIComponent("size=S&size=M&sort=newest")}`);
    expect(path("/en?sort=newest")).toBe("/en/shell/-");
  });

  it("puts the chosen destination first, then the CDN country and the Accept-Language regions", () => {
    expect(path("/en", { destinationCookie: "DE:10115", countryHeader: "fr", acceptLanguage: "en-GB,en;q=0.8" })).toBe("/en/shell/de_fr_gb");
    expect(path("/en", { destinationCookie: undefined, countryHeader: null, acceptLanguage: "uk,en-US;q=0.5" })).toBe("/en/shell/ua_us");
    expect(path("/en", { destinationCookie: "<script>", countryHeader: "XX1", acceptLanguage: "en" })).toBe("/en/shell/-");
  });

  it("leaves a query too long to be a real choice out of the key", () => {
    expect(path(`/en/c/apparel?color=${"x".repeat(400)}`)).toBe("/en/shell/-/c/apparel");
  });
});

describe("reading a shell key back", () => {
  it("gives the countries in order and nothing for a malformed key", () => {
    expect(countriesOfKey("de_us")).toEqual(["DE", "US"]);
    expect(countriesOfKey("-")).toEqual([]);
    expect(countriesOfKey("de_us_fr_gb")).toEqual([]);
    expect(countriesOfKey("%E0%A4%A")).toEqual([]);
    expect(countriesOfKey("de.us")).toEqual([]);
  });

  it("gives the query segment back as search params, repeated names as lists", () => {
    expect(searchParamsOfSegment([encodeURIComponent("size=S&size=M&sort=newest")])).toEqual({ size: ["S", "M"], sort: "newest" });
    expect(searchParamsOfSegment(["color=black"])).toEqual({ color: "black" });
    expect(searchParamsOfSegment(undefined)).toEqual({});
  });

  it("knows a shell's own address", () => {
    expect(isShellPath("/en/shell/de/p/x")).toBe(true);
    expect(isShellPath("/en/p/shell")).toBe(false);
  });
});

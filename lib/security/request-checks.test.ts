import { describe, expect, it } from "vitest";
import { hasUsableForwardedHeaders, isCrossSiteWrite, isWellFormedPath } from "./request-checks";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isCrossSiteWrite", () => {
  it("refuses a POST whose Origin names another site", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "shop.test", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("PUT", headers({ host: "shop.test", origin: "http://shop.test:8080" }))).toBe(true);
  });

  it("refuses an Origin of null or garbage", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "shop.test", origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "shop.test", origin: "::::" }))).toBe(true);
  });

  it("lets a same-origin POST through, behind a proxy too", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }))).toBe(false);
    expect(
      isCrossSiteWrite("POST", headers({ host: "10.0.0.5:3000", "x-forwarded-host": "shop.example.com, cdn.internal", origin: "https://shop.example.com" })),
    ).toBe(false);
  });

  it("judges by X-Forwarded-Host when a proxy sets it, as Next does", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "shop.example.com", "x-forwarded-host": "other.example", origin: "https://shop.example.com" }))).toBe(true);
  });

  it("leaves reads and requests without Origin alone", () => {
    expect(isCrossSiteWrite("GET", headers({ host: "shop.test", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite("HEAD", headers({ host: "shop.test", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ host: "shop.test" }))).toBe(false);
  });
});

describe("isWellFormedPath", () => {
  it("accepts plain and properly encoded paths", () => {
    expect(isWellFormedPath("/en/p/linen-camp-shirt")).toBe(true);
    expect(isWellFormedPath("/uk/search/%D0%BA%D0%BE%D1%88%D0%B8%D0%BA")).toBe(true);
  });

  it("refuses broken percent-encoding", () => {
    expect(isWellFormedPath("/en/p/%E0%A4%A")).toBe(false);
    expect(isWellFormedPath("/en/p/%")).toBe(false);
    expect(isWellFormedPath("/en/p/%ZZ")).toBe(false);
  });
});

describe("hasUsableForwardedHeaders", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("takes what a proxy sends, and no proxy headers at all", () => {
    expect(hasUsableForwardedHeaders(headers({}))).toBe(true);
    expect(hasUsableForwardedHeaders(headers({ "x-forwarded-host": "shop.example.com", "x-forwarded-proto": "https" }))).toBe(true);
    expect(hasUsableForwardedHeaders(headers({ "x-forwarded-host": "localhost:8080, cdn.internal", "x-forwarded-proto": "http, https" }))).toBe(true);
    expect(hasUsableForwardedHeaders(headers({ "x-forwarded-host": "[::1]:3000" }))).toBe(true);
  });
  it("refuses a host or protocol no URL can be built from", () => {
    for (const host of ["", "a|b", "[::1", "evil.example/path", "x".repeat(300), "a@b"]) {
      expect(hasUsableForwardedHeaders(headers({ "x-forwarded-host": host })), host).toBe(false);
    }
    for (const proto of ["", "gopher", "ftp, https"]) {
      expect(hasUsableForwardedHeaders(headers({ "x-forwarded-proto": proto })), proto).toBe(false);
    }
  });
});

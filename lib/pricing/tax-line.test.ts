import { describe, expect, it } from "vitest";
import { seedPricingRules } from "@/db/seed/pricing";
import { quote } from "./quote";
import { taxLabelText, taxLine, totalBeforeTax } from "./tax-line";
import { guessTaxRegion, taxNeedsRegion } from "./tax-region";
import type { Destination } from "./types";

const now = new Date("2026-12-01T17:00:00Z");
const rules = seedPricingRules(now);
const rates = rules.taxRates;
const lines = [{ variantId: 1, categorySlug: "apparel", quantity: 1, unitPrice: 8800, compareAtPrice: null }];
const quoteFor = (destination: Destination | null) => quote({ lines, destination, at: now, rules });

describe("guessing the state for a US tax estimate", () => {
  const us = { country: "US" };

  it("is needed only where the tax depends on a region nobody gave", () => {
    expect(taxNeedsRegion(us, rates)).toBe(true);
    expect(taxNeedsRegion({ country: "US", region: "NY" }, rates)).toBe(false);
    expect(taxNeedsRegion({ country: "DE" }, rates)).toBe(false);
    expect(taxNeedsRegion(null, rates)).toBe(false);
    expect(guessTaxRegion({ country: "DE" }, rates, { location: { country: "DE", region: "BE" } })).toBeNull();
  });

  it("prefers the ZIP typed at checkout, then the saved address, then the location header", () => {
    const hints = {
      checkout: { country: "US", postalCode: "10001" },
      account: { country: "US", postalCode: "94110" },
      location: { country: "US", region: "TX" },
    };
    expect(guessTaxRegion(us, rates, hints)).toEqual({ region: "NY", source: "checkout" });
    expect(guessTaxRegion(us, rates, { ...hints, checkout: null })).toEqual({ region: "CA", source: "account" });
    expect(guessTaxRegion(us, rates, { location: hints.location })).toEqual({ region: "TX", source: "location" });
    expect(guessTaxRegion(us, rates, { location: { country: "us", region: " wa " } })).toEqual({ region: "WA", source: "location" });
  });

  it("ignores places in another country, malformed ZIP codes and odd headers", () => {
    expect(guessTaxRegion(us, rates, { checkout: { country: "DE", postalCode: "10115" } })).toBeNull();
    expect(guessTaxRegion(us, rates, { checkout: { country: "US", postalCode: "1000" }, account: { country: "US", postalCode: "<script>" } })).toBeNull();
    expect(guessTaxRegion(us, rates, { location: { country: "CA", region: "ON" } })).toBeNull();
    expect(guessTaxRegion(us, rates, { location: { country: "US", region: "New York" } })).toBeNull();
    expect(guessTaxRegion(us, rates, { location: { country: null, region: "NY" } })).toBeNull();
    expect(guessTaxRegion(us, rates, {})).toBeNull();
  });

  it("takes a ZIP in a state without sales tax as an answer, not a reason to look further", () => {
    expect(guessTaxRegion(us, rates, { checkout: { country: "US", postalCode: "97201" }, location: { country: "US", region: "NY" } })).toEqual({
      region: "OR",
      source: "checkout",
    });
  });
});

describe("the tax line", () => {
  it("asks for the ZIP code instead of showing $0.00 when the state decides and is unknown", () => {
    const line = taxLine(quoteFor({ country: "US" }), rates, null);
    expect(line).toEqual({ kind: "needs_region", label: { key: "tax" } });
    expect(totalBeforeTax(line)).toBe(true);
  });

  it("says the tax comes later before any destination is known", () => {
    expect(taxLine(quoteFor(null), rates, null)).toEqual({ kind: "unknown", label: { key: "tax" } });
  });

  it("labels a guessed state an estimate, with the amount that state's address will be charged", () => {
    const estimate = guessTaxRegion({ country: "US" }, rates, { location: { country: "US", region: "NY" } })!;
    const estimated = taxLine(quoteFor({ country: "US", region: estimate.region }), rates, estimate);
    const charged = taxLine(quoteFor({ country: "US", postalCode: "10001", region: "NY" }), rates, null);
    expect(estimated).toMatchObject({ kind: "added", label: { key: "taxEstimated", region: "NY" }, estimatedFrom: "location" });
    expect(charged).toMatchObject({ kind: "added", label: { key: "taxWith", region: "NY", rate: 888 }, estimatedFrom: null });
    expect(estimated.kind === "added" && charged.kind === "added" && estimated.amount).toEqual(charged.kind === "added" && charged.amount);
    expect(charged.kind === "added" && charged.amount.amount).toBe(781);
    expect(totalBeforeTax(estimated)).toBe(false);
  });

  it("shows a real zero as zero, with the state it is for", () => {
    expect(taxLine(quoteFor({ country: "US", postalCode: "97201", region: "OR" }), rates, null)).toMatchObject({
      kind: "added",
      label: { key: "taxWith", region: "OR", rate: null },
      amount: { amount: 0 },
    });
    expect(taxLine(quoteFor({ country: "QA" }), rates, null)).toMatchObject({ kind: "added", label: { key: "tax" }, amount: { amount: 0 } });
  });

  it("shows VAT as included, with its rate", () => {
    expect(taxLine(quoteFor({ country: "DE" }), rates, null)).toMatchObject({ kind: "included", label: { key: "taxWith", region: null, rate: 1900 } });
  });
});

describe("the tax label's words", () => {
  const words = (key: string, values?: Record<string, string>) => `${key}${values ? JSON.stringify(values) : ""}`;
  it("names the state and the rate, or says the state is an estimate", () => {
    expect(taxLabelText({ key: "taxWith", region: "NY", rate: 888 }, words, "en-US")).toBe('taxWith{"detail":"NY, 8.88%"}');
    expect(taxLabelText({ key: "taxWith", region: null, rate: 1900 }, words, "en-US")).toBe('taxWith{"detail":"19%"}');
    expect(taxLabelText({ key: "taxWith", region: "OR", rate: null }, words, "en-US")).toBe('taxWith{"detail":"OR"}');
    expect(taxLabelText({ key: "taxEstimated", region: "NY" }, words, "en-US")).toBe('taxEstimated{"region":"NY"}');
    expect(taxLabelText({ key: "tax" }, words, "en-US")).toBe("tax");
    expect(taxLabelText({ key: "taxWith", region: null, rate: 825 }, words, "fa-IR")).toMatch(/۸٫۲۵/);
  });
});

import { describe, expect, it } from "vitest";
import { seedPricingRules } from "@/db/seed/pricing";
import { orderFigureRows } from "./order-figures";
import { orderTotals, type StoredOrderFigures } from "./order-totals";

const rules = seedPricingRules(new Date("2026-12-01T17:00:00Z"));
const newYork = { country: "US", postalCode: "10001", region: "NY" };
const order = (overrides: Partial<StoredOrderFigures> = {}): StoredOrderFigures => ({
  subtotal: 8800,
  discount: 0,
  couponCode: null,
  shipping: 0,
  shippingMethodId: "us-standard",
  tax: 781,
  taxIncluded: false,
  total: 9581,
  shippingAddress: newYork,
  ...overrides,
});
const words = {
  cart: (key: string, values?: Record<string, string>) => `${key}${values ? JSON.stringify(values) : ""}`,
  order: (key: string, values?: Record<string, string>) => `${key}${JSON.stringify(values)}`,
  delivery: (key: string, values?: Record<string, string>) => (key === "carrier" ? `${values!.service} · ${values!.carrier}` : key),
};
const rows = (figures: StoredOrderFigures) => orderFigureRows(orderTotals(figures, rules), words, { currency: "USD", localeTag: "en-US" });

describe("an order's figures", () => {
  it("itemise subtotal, shipping with its method, sales tax with state and rate, and total", () => {
    expect(rows(order()).map((row) => [row.label, row.value])).toEqual([
      ["subtotal", "$88.00"],
      ['shippingWith{"method":"standard · USPS Ground Advantage"}', "free"],
      ['taxWith{"detail":"NY, 8.88%"}', "$7.81"],
      ["total", "$95.81"],
    ]);
  });

  it("show the discount with its code, and add up", () => {
    const totals = orderTotals(order({ subtotal: 8800, discount: 880, couponCode: "WELCOME10", shipping: 0, tax: 703, total: 8623 }), rules);
    expect(totals.discount).toEqual({ amount: 880, code: "WELCOME10" });
    expect(totals.tax.label).toEqual({ key: "taxWith", region: "NY", rate: 888 });
    expect(totals.subtotal - totals.discount!.amount + totals.shipping.amount + totals.tax.amount).toBe(totals.total);
  });

  it("take the state from the ZIP code, as the tax was charged, not from what the address says", () => {
    expect(orderTotals(order({ shippingAddress: { ...newYork, region: "CA" } }), rules).tax.label).toEqual({ key: "taxWith", region: "NY", rate: 888 });
  });

  it("name no rate that does not reproduce the tax charged (a rate changed since)", () => {
    expect(orderTotals(order({ tax: 700 }), rules).tax).toMatchObject({ label: { key: "tax" }, kind: null });
  });

  it("show VAT as included, with its rate, and a state without sales tax as a real zero", () => {
    const berlin = order({ subtotal: 10472, shipping: 951, tax: 1824, taxIncluded: true, total: 11423, shippingMethodId: "europe-standard", shippingAddress: { country: "DE", postalCode: "10115", region: null } });
    expect(rows(berlin).find((row) => row.id === "tax")).toEqual({ id: "tax", label: 'taxWith{"detail":"19%"}', value: 'taxIncluded{"amount":"$18.24","tax":"vat"}' });
    const portland = order({ tax: 0, total: 8800, shippingAddress: { country: "US", postalCode: "97201", region: "OR" } });
    expect(rows(portland).find((row) => row.id === "tax")).toEqual({ id: "tax", label: 'taxWith{"detail":"OR"}', value: "$0.00" });
  });

  it("fall back to plain words when the shipping method is gone", () => {
    expect(rows(order({ shippingMethodId: "retired", shipping: 399, total: 9980 })).find((row) => row.id === "shipping")).toEqual({ id: "shipping", label: "shipping", value: "$3.99" });
  });
});

import type { PostalAddress } from "@/db/schema";
import { usStateFromZip } from "@/lib/pricing/postal-codes";
import { taxIncludedIn, taxOnNet, taxRateFor } from "@/lib/pricing/tax";
import type { TaxLabel } from "@/lib/pricing/tax-line";
import type { PricingRules, ShippingMethod, TaxRate } from "@/lib/pricing/types";

/** The stored figures of an order (all minor units), as placeOrder wrote them. */
export interface StoredOrderFigures {
  subtotal: number;
  discount: number;
  couponCode: string | null;
  shipping: number;
  shippingMethodId: string;
  tax: number;
  taxIncluded: boolean;
  total: number;
  shippingAddress: Pick<PostalAddress, "country" | "postalCode" | "region">;
}

export interface OrderTotals {
  subtotal: number;
  discount: { amount: number; code: string | null } | null;
  shipping: { amount: number; method: Pick<ShippingMethod, "service" | "carrier"> | null };
  tax: { amount: number; included: boolean; label: TaxLabel; kind: TaxRate["label"] | null };
  total: number;
}

/**
 * An order's itemised figures for the confirmation, the account and the receipt: subtotal,
 * discount with its code, shipping with its method, tax (added or included, with the state and
 * rate) and total. Only amounts are stored, so the rate is named only when today's rate for the
 * address reproduces the tax that was charged — never a rate that was not the one applied.
 */
export function orderTotals(order: StoredOrderFigures, rules: Pick<PricingRules, "methods" | "taxRates">): OrderTotals {
  const address = order.shippingAddress;
  // As placeOrder taxes it: a US state comes from the ZIP code, not from what the address says.
  const region = address.country === "US" ? usStateFromZip(address.postalCode) : (address.region ?? null);
  const rate = taxRateFor(rules.taxRates, { country: address.country, region });
  const taxable = order.subtotal - order.discount + (rate?.appliesToShipping ? order.shipping : 0);
  const reproduces =
    rate !== null && rate.inclusive === order.taxIncluded && (rate.inclusive ? taxIncludedIn(taxable, rate.rate) : taxOnNet(taxable, rate.rate)) === order.tax;
  const shownRegion = address.country === "US" ? region : null;
  const label: TaxLabel = reproduces
    ? { key: "taxWith", region: shownRegion, rate: rate.rate }
    : shownRegion && order.tax === 0 && !rate
      ? { key: "taxWith", region: shownRegion, rate: null }
      : { key: "tax" };
  const method = rules.methods.find((m) => m.id === order.shippingMethodId);
  return {
    subtotal: order.subtotal,
    discount: order.discount > 0 ? { amount: order.discount, code: order.couponCode } : null,
    shipping: { amount: order.shipping, method: method ? { service: method.service, carrier: method.carrier } : null },
    tax: { amount: order.tax, included: order.taxIncluded, label, kind: reproduces ? rate.label : null },
    total: order.total,
  };
}

import { formatMoney, money } from "@/lib/money";
import { taxLabelText } from "@/lib/pricing/tax-line";
import type { OrderTotals } from "./order-totals";

export interface FigureRow {
  id: "subtotal" | "discount" | "shipping" | "tax" | "total";
  label: string;
  value: string;
}

type Words<K extends string> = (key: K, values?: Record<string, string>) => string;

/** The messages the figures are worded with: the cart's, the order's and delivery's, in one language. */
export interface FigureWords {
  cart: Words<"subtotal" | "discount" | "shipping" | "tax" | "taxWith" | "taxEstimated" | "taxIncluded" | "total">;
  order: Words<"shippingWith">;
  delivery: Words<"free" | "standard" | "express" | "carrier" | "vat" | "salesTax" | "gst">;
}

/** An order's figures as label/value lines, worded once for the confirmation page and the receipt email. */
export function orderFigureRows(totals: OrderTotals, words: FigureWords, { currency, localeTag }: { currency: string; localeTag: string }): FigureRow[] {
  const format = (amount: number) => formatMoney(money(amount, currency), localeTag);
  const { cart, order, delivery } = words;
  const method = totals.shipping.method;
  const tax = totals.tax;
  const rows: FigureRow[] = [{ id: "subtotal", label: cart("subtotal"), value: format(totals.subtotal) }];
  if (totals.discount) rows.push({ id: "discount", label: cart("discount", { code: totals.discount.code ?? "—" }), value: `−${format(totals.discount.amount)}` });
  rows.push({
    id: "shipping",
    label: method ? order("shippingWith", { method: delivery("carrier", { service: delivery(method.service), carrier: method.carrier }) }) : cart("shipping"),
    value: totals.shipping.amount === 0 ? delivery("free") : format(totals.shipping.amount),
  });
  rows.push({
    id: "tax",
    label: taxLabelText(tax.label, cart, localeTag),
    value: tax.included ? cart("taxIncluded", { amount: format(tax.amount), tax: tax.kind ? delivery(tax.kind) : "" }).trim() : format(tax.amount),
  });
  rows.push({ id: "total", label: cart("total"), value: format(totals.total) });
  return rows;
}

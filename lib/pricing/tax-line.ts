import type { Money } from "@/lib/money";
import { formatRateIn } from "./rate-format";
import { taxRateFor } from "./tax";
import { taxNeedsRegion, type TaxRegionGuess, type TaxRegionSource } from "./tax-region";
import type { Quote, TaxRate } from "./types";

/** How the tax line reads: "Tax", "Tax (NY, 8.88%)", "Estimated tax (NY)". */
export type TaxLabel = { key: "tax" } | { key: "taxWith"; region: string | null; rate: number | null } | { key: "taxEstimated"; region: string };

/**
 * The tax line of a quote as the shopper should read it (B2). Never a bare "$0.00" for a tax that
 * is not known yet: before a destination it is "later", where the state decides and none is known
 * it asks for the ZIP code, and a state guessed rather than given is labelled an estimate.
 */
export type TaxLine =
  | { kind: "unknown"; label: TaxLabel }
  | { kind: "needs_region"; label: TaxLabel }
  | { kind: "included"; label: TaxLabel; amount: Money; rate: TaxRate }
  | { kind: "added"; label: TaxLabel; amount: Money; estimatedFrom: TaxRegionSource | null };

/** `quote` must have been made for the guessed region when there is one (`estimate`). */
export function taxLine(quote: Quote, rates: TaxRate[], estimate: TaxRegionGuess | null): TaxLine {
  const destination = quote.destination;
  if (!destination) return { kind: "unknown", label: { key: "tax" } };
  if (taxNeedsRegion(destination, rates)) return { kind: "needs_region", label: { key: "tax" } };
  const rate = taxRateFor(rates, destination);
  const region = destination.region ?? null;
  if (rate?.inclusive) return { kind: "included", label: { key: "taxWith", region: null, rate: rate.rate }, amount: quote.tax.total, rate };
  const estimated = estimate !== null && region === estimate.region ? estimate : null;
  const label: TaxLabel = estimated
    ? { key: "taxEstimated", region: estimated.region }
    : region || rate
      ? { key: "taxWith", region, rate: rate?.rate ?? null }
      : { key: "tax" };
  return { kind: "added", label, amount: quote.tax.total, estimatedFrom: estimated?.source ?? null };
}

/** The total is only the total once the tax is known; before that it says so. */
export const totalBeforeTax = (line: TaxLine) => line.kind === "needs_region";

/** Words for a tax label, from the `cart` messages. */
export type TaxLabelWords = (key: "tax" | "taxWith" | "taxEstimated", values?: Record<string, string>) => string;

/** "Tax", "Tax (NY, 8.88%)", "Tax (19%)", "Estimated tax (NY)" in the shopper's language. */
export function taxLabelText(label: TaxLabel, t: TaxLabelWords, localeTag: string): string {
  if (label.key === "tax") return t("tax");
  if (label.key === "taxEstimated") return t("taxEstimated", { region: label.region });
  const parts = [label.region, label.rate === null ? null : formatRateIn(label.rate, localeTag)].filter((part): part is string => part !== null);
  return parts.length ? t("taxWith", { detail: new Intl.ListFormat(localeTag, { type: "unit", style: "short" }).format(parts) }) : t("tax");
}

/** Words for a tax line's value: the `cart` messages, and the `delivery` ones that name a tax ("VAT"). */
export interface TaxValueWords {
  cart: (key: "taxLater" | "taxFromZip" | "taxIncluded", values?: Record<string, string>) => string;
  delivery: (key: TaxRate["label"]) => string;
}

/** "Calculated at checkout", "Enter your ZIP code", "incl. €3.19 VAT" or the amount, as the tax line reads. */
export function taxValueText(tax: TaxLine, words: TaxValueWords, format: (value: Money) => string): string {
  if (tax.kind === "unknown") return words.cart("taxLater");
  if (tax.kind === "needs_region") return words.cart("taxFromZip");
  if (tax.kind === "included") return words.cart("taxIncluded", { amount: format(tax.amount), tax: words.delivery(tax.rate.label) });
  return format(tax.amount);
}

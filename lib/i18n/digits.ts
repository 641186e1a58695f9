import { localeTags, type Locale } from "./locales";

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII, so numbers typed on any keyboard are understood. */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

const digitSets = new Map<string, string[]>();

/** The ten digits the locale's number formatting writes (۰…۹ for fa, 0…9 for en, ar and uk), read from Intl. */
export function digitsOf(locale: Locale): string[] {
  const tag = localeTags[locale];
  let digits = digitSets.get(tag);
  if (!digits) {
    const format = new Intl.NumberFormat(tag, { useGrouping: false });
    digits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
    digitSets.set(tag, digits);
  }
  return digits;
}

/**
 * A code made of digits (an order number, a card's last four, "12/34") written in the locale's
 * digits, everything else kept: one digit style per page, never String(n) in a visible place.
 * Codes a shopper must type or dial elsewhere (phone numbers, IBANs) stay as they are.
 */
export function localizeDigits(code: string | number, locale: Locale): string {
  const digits = digitsOf(locale);
  return toLatinDigits(String(code)).replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}

/** A count or quantity in the locale's digits and grouping ("۱۲", "1 234"). */
export function formatInteger(value: number, locale: Locale, options: { grouping?: boolean } = {}): string {
  return new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 0, useGrouping: options.grouping ?? true }).format(value);
}

import { moneyDisplay } from "@/lib/store/config";

/** Money is an integer amount of minor units (cents) plus an ISO 4217 currency code. */
export interface Money {
  amount: number;
  currency: string;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  return { amount, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new Error(`Currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function multiply(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity must be an integer, got ${quantity}`);
  return money(a.amount * quantity, a.currency);
}

/** What a sale takes off: the amount and the percentage rounded to a whole number. */
export function savings(price: Money, compareAt: Money | null): { amount: Money; percent: number } | null {
  if (!compareAt) return null;
  sameCurrency(price, compareAt);
  if (compareAt.amount <= price.amount || compareAt.amount <= 0) return null;
  const off = compareAt.amount - price.amount;
  return { amount: money(off, price.currency), percent: Math.round((off * 100) / compareAt.amount) };
}

const fractionDigitsCache = new Map<string, number>();

/** Number of minor-unit digits for a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Converts to a major-unit decimal string ("12.50"), e.g. for structured data. Never used for arithmetic. */
export function toDecimalString(value: Money): string {
  const digits = minorDigits(value.currency);
  const sign = value.amount < 0 ? "-" : "";
  const abs = Math.abs(value.amount);
  if (digits === 0) return `${sign}${abs}`;
  const base = 10 ** digits;
  return `${sign}${Math.floor(abs / base)}.${String(abs % base).padStart(digits, "0")}`;
}

/** Parses a shopper-typed major-unit amount ("12", "12.5", "12,50") into minor units, or null. */
export function parseMajorUnits(input: string, currency: string): number | null {
  const trimmed = input.trim().replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(trimmed)) return null;
  const digits = minorDigits(currency);
  const [whole = "0", fraction = ""] = trimmed.split(".");
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(localeTag: string, currency: string): Intl.NumberFormat {
  const key = `${localeTag}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = minorDigits(currency);
    const options = (currencyDisplay: "symbol" | "narrowSymbol" | "name") =>
      new Intl.NumberFormat(localeTag, { style: "currency", currency, currencyDisplay, minimumFractionDigits: digits });
    format = options("symbol");
    const symbol = format.formatToParts(1).find((part) => part.type === "currency")?.value ?? "";
    // Where the locale has no sign of its own for the currency it prints the code ("1 234,50 EUR"):
    // the narrow sign reads better (€). In right-to-left text a sign with Latin letters ("US$")
    // reorders into "$US"; the currency's name reads naturally ("88.00 دولار أمريكي").
    if (/^[A-Z]{3}$/.test(symbol)) format = options("narrowSymbol");
    else if (/[A-Za-z]/.test(symbol) && rtlLanguages.has(localeTag.split("-")[0]!)) format = options("name");
    formatters.set(key, format);
  }
  return format;
}

const wholeNumberFormats = new Map<string, Intl.NumberFormat>();

function wholeNumbers(localeTag: string): Intl.NumberFormat {
  let format = wholeNumberFormats.get(localeTag);
  if (!format) wholeNumberFormats.set(localeTag, (format = new Intl.NumberFormat(localeTag, { maximumFractionDigits: 0 })));
  return format;
}

const rtlLanguages = new Set(["ar", "fa", "he", "ur"]);

/** Formats for display in the shopper's locale. Only the <Price> component and emails call this. */
export function formatMoney(value: Money, localeTag: string): string {
  const display = moneyDisplay[value.currency];
  if (display) {
    const language = localeTag.split("-")[0]!;
    const number = wholeNumbers(localeTag).format(value.amount / 10 ** minorDigits(value.currency) / display.divisor);
    return `${number} ${display.unit[language] ?? display.unit.en}`;
  }
  return formatter(localeTag, value.currency).format(value.amount / 10 ** minorDigits(value.currency));
}

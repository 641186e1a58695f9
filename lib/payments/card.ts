import type { CardBrand, CardDetails } from "./types";

export interface Expiry {
  month: number;
  /** Four digits. */
  year: number;
}

export type ExpiryError = "invalid_expiry" | "expired_card";

export type CardValidationError =
  | { ok: false; field: "number"; code: "incorrect_number" }
  | { ok: false; field: "expiry"; code: ExpiryError }
  | { ok: false; field: "cvc"; code: "incorrect_cvc" };

export type CardValidation =
  | { ok: true; number: string; month: number; year: number; cvc: string; brand: CardBrand; last4: string }
  | CardValidationError;

// Issuers print expiries a few years out; anything further is a typo, as Stripe also judges.
const maxYearsAhead = 50;

const brandLengths: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  discover: [16, 17, 18, 19],
  unknown: [12, 13, 14, 15, 16, 17, 18, 19],
};

/** Digits of a card number typed with spaces or dashes, or null if it cannot be one (12–19 digits). */
export function normalizeCardNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{12,19}$/.test(digits) ? digits : null;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Brand from the leading digits; works on a number still being typed (non-digits are ignored). */
export function cardBrand(digits: string): CardBrand {
  const d = digits.replace(/\D/g, "");
  if (d.startsWith("4")) return "visa";
  if (/^3[47]/.test(d)) return "amex";
  if (/^5[1-5]/.test(d) || inRange(d, 4, 2221, 2720)) return "mastercard";
  if (/^(6011|64[4-9]|65)/.test(d) || inRange(d, 6, 622126, 622925)) return "discover";
  return "unknown";
}

function inRange(digits: string, prefixLength: number, min: number, max: number): boolean {
  if (digits.length < prefixLength) return false;
  const prefix = Number(digits.slice(0, prefixLength));
  return prefix >= min && prefix <= max;
}

/** A card is good through the last day of its expiry month; `now` is read in UTC. */
export function parseExpiry(input: string, now: Date): Expiry | ExpiryError {
  const text = input.trim();
  const match = /^(\d{1,2})(?:\s*[/-]\s*|\s+)(\d{2}|\d{4})$/.exec(text) ?? /^(\d{2})(\d{2}|\d{4})$/.exec(text);
  if (!match) return "invalid_expiry";
  const month = Number(match[1]);
  const yearText = match[2]!;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return "invalid_expiry";
  const thisYear = now.getUTCFullYear();
  const thisMonth = now.getUTCMonth() + 1;
  if (year < thisYear || (year === thisYear && month < thisMonth)) return "expired_card";
  if (year > thisYear + maxYearsAhead) return "invalid_expiry";
  return { month, year };
}

/** Whether a card's expiry month is over (a card is good through its last day, read in UTC). */
export function cardExpired(card: { expMonth: number; expYear: number }, now: Date): boolean {
  const year = now.getUTCFullYear();
  return card.expYear < year || (card.expYear === year && card.expMonth < now.getUTCMonth() + 1);
}

export function validCvc(cvc: string, brand: CardBrand): boolean {
  return (brand === "amex" ? /^\d{4}$/ : /^\d{3}$/).test(cvc.trim());
}

/** Formats digits as the shopper types: groups of 4, or 4-6-5 for Amex; extra digits are dropped. */
export function formatCardNumber(input: string): string {
  const brand = cardBrand(input);
  const digits = input.replace(/\D/g, "").slice(0, brand === "amex" ? 15 : 19);
  const groups = brand === "amex" ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let start = 0;
  for (const size of groups) {
    if (start >= digits.length) break;
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts.join(" ");
}

/** Checks number, then expiry, then CVC, and names the first field in error. */
export function validateCard(details: CardDetails, now: Date): CardValidation {
  const number = normalizeCardNumber(details.number);
  const brand = number === null ? "unknown" : cardBrand(number);
  if (number === null || !luhnValid(number) || !brandLengths[brand].includes(number.length)) {
    return { ok: false, field: "number", code: "incorrect_number" };
  }
  const expiry = parseExpiry(details.expiry, now);
  if (typeof expiry === "string") return { ok: false, field: "expiry", code: expiry };
  if (!validCvc(details.cvc, brand)) return { ok: false, field: "cvc", code: "incorrect_cvc" };
  return { ok: true, number, month: expiry.month, year: expiry.year, cvc: details.cvc.trim(), brand, last4: number.slice(-4) };
}

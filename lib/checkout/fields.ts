import { emailPattern } from "./email-pattern";
import { addressLines as printAddress, looseFormat, type AddressFormat, type PrintableAddress } from "@/lib/address/address-format";
import { normalizePostalCode, usStateFromZip } from "@/lib/pricing/postal-codes";

/**
 * The checkout's fields and their rules, shared by the browser (inline validation on leaving a
 * field) and the server (which re-checks everything). Errors are codes; the UI words them.
 */
export type FieldError =
  | { code: "required" }
  | { code: "email" }
  | { code: "too_long"; max: number }
  | { code: "characters" }
  | { code: "postal_code"; country: string }
  /** A US ZIP code in another state than the one chosen: names to show ("ZIP 10001 is in New York, not California"). */
  | { code: "region_mismatch"; postalCode: string; expected: string; chosen: string }
  | { code: "country" }
  | { code: "choice" }
  /** Not a mobile number a text can reach (E3: "text me a reminder"). */
  | { code: "mobile" };

/**
 * The mobile number for a text reminder, once "text me" is ticked: digits as people write them
 * (7 to 15, E.164's range). The server checks it for real (lib/sms/phone.ts) before keeping it.
 */
export function checkSmsPhone(value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === "") return { code: "required" };
  const digits = trimmed.replace(/\D/g, "").length;
  return /^\+?[\d\s().-]+$/.test(trimmed) && digits >= 7 && digits <= 15 ? null : { code: "mobile" };
}

export const fieldLimits = { email: 254, fullName: 100, line: 120, city: 80, region: 80, phone: 30, company: 100 } as const;

/** Letters of any script, digits, spaces and the punctuation addresses use (Arabic-script comma and ZWNJ included); no markup, no emoji. */
const addressText = /^[\p{L}\p{M}\p{N} .,'’\-/#&()°:;"،؛٫٬\u200c]+$/u;

function text(value: string, max: number, required: boolean): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === "") return required ? { code: "required" } : null;
  if (trimmed.length > max) return { code: "too_long", max };
  if (!addressText.test(trimmed)) return { code: "characters" };
  return null;
}

export function checkEmail(value: string): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === "") return { code: "required" };
  if (trimmed.length > fieldLimits.email) return { code: "too_long", max: fieldLimits.email };
  return emailPattern.test(trimmed) ? null : { code: "email" };
}

export interface AddressInput {
  fullName: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  phone: string;
  company: string;
}

export type AddressField = keyof AddressInput;

const postalExamples: Record<string, string> = { US: "97201", GB: "SW1A 1AA", DE: "10115", FR: "75001", IT: "00184", ES: "28013", NL: "1012 AB", PL: "00-950", UA: "01001", IR: "1234567890", SA: "11564" };

/** A well-formed postal code of the country, to show with "doesn't look like a postal code". */
export function postalCodeExample(country: string): string | null {
  return postalExamples[country] ?? null;
}

export interface AddressRules {
  /** Countries the store ships to. */
  countries: readonly string[];
  askPhone: boolean;
  askCompany: boolean;
  /** Each country's fields, from its address data (lib/address/country-formats.ts); one missing is asked for loosely. */
  formats: Readonly<Record<string, AddressFormat>>;
}

/** The address rules of a country: which of postal code, city and region it has, and which are required. */
export function formatOf(rules: Pick<AddressRules, "formats">, country: string): AddressFormat {
  return (Object.hasOwn(rules.formats, country) ? rules.formats[country] : undefined) ?? looseFormat(country);
}

function checkRegion(input: AddressInput, format: AddressFormat): FieldError | null {
  const region = format.region;
  if (!region) return text(input.region, fieldLimits.region, false);
  if (!region.options) return text(input.region, fieldLimits.region, region.required);
  const value = input.region.trim();
  if (value === "") return region.required ? { code: "required" } : null;
  const chosen = region.options.find((option) => option.code === value);
  if (!chosen) return { code: "choice" };
  if (format.country === "US") {
    // The ZIP decides the state (and the sales tax): a state that contradicts it is a typo in one or the other.
    const zip = normalizePostalCode("US", input.postalCode);
    const expected = zip ? region.options.find((option) => option.code === usStateFromZip(zip)) : undefined;
    if (zip && expected && expected.code !== chosen.code) return { code: "region_mismatch", postalCode: zip, expected: expected.name, chosen: chosen.name };
  }
  return null;
}

export function checkAddressField(field: AddressField, input: AddressInput, rules: AddressRules): FieldError | null {
  switch (field) {
    case "fullName":
      return text(input.fullName, fieldLimits.fullName, true);
    case "line1":
      return text(input.line1, fieldLimits.line, true);
    case "line2":
      return text(input.line2, fieldLimits.line, false);
    case "city":
      return text(input.city, fieldLimits.city, formatOf(rules, input.country).city?.required ?? false);
    case "region":
      return checkRegion(input, formatOf(rules, input.country));
    case "company":
      return rules.askCompany ? text(input.company, fieldLimits.company, false) : null;
    case "phone": {
      if (!rules.askPhone || input.phone.trim() === "") return null;
      return /^\+?[\d\s().-]{6,30}$/.test(input.phone.trim()) ? null : { code: "characters" };
    }
    case "country":
      return rules.countries.includes(input.country) ? null : { code: "country" };
    case "postalCode": {
      const postal = formatOf(rules, input.country).postalCode;
      // A country without postal codes (AE, QA) never asks for one: whatever was sent is ignored, not refused.
      if (!postal) return null;
      if (input.postalCode.trim() === "") return postal.required ? { code: "required" } : null;
      if (!rules.countries.includes(input.country)) return null;
      return normalizePostalCode(input.country, input.postalCode) ? null : { code: "postal_code", country: input.country };
    }
  }
}

export const addressFields: readonly AddressField[] = ["fullName", "line1", "line2", "postalCode", "city", "region", "country", "phone", "company"];

/** Every problem with an address, by field; empty when it can be shipped to. */
export function checkAddress(input: AddressInput, rules: AddressRules): Partial<Record<AddressField, FieldError>> {
  const errors: Partial<Record<AddressField, FieldError>> = {};
  for (const field of addressFields) {
    const error = checkAddressField(field, input, rules);
    if (error) errors[field] = error;
  }
  return errors;
}

export const paymentMethods = ["card", "cash_on_delivery", "bank_transfer"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const emptyAddress: AddressInput = { fullName: "", line1: "", line2: "", postalCode: "", city: "", region: "", country: "", phone: "", company: "" };

export type AddressPrefix = "" | "billing";

/** The form name of an address field: `postalCode` for delivery, `billingPostalCode` for billing. */
export function addressFieldName(prefix: AddressPrefix, field: AddressField): string {
  return prefix ? `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}` : field;
}

/** The address field a form name stands for, with its prefix; null for names that are not address fields. */
export function parseAddressFieldName(name: string): { prefix: AddressPrefix; field: AddressField } | null {
  for (const prefix of ["", "billing"] as const) {
    const field = addressFields.find((f) => addressFieldName(prefix, f) === name);
    if (field) return { prefix, field };
  }
  return null;
}

/** An address read field by field under a prefix, from wherever the values are kept. */
export function addressFrom(read: (name: string) => string, prefix: AddressPrefix = ""): AddressInput {
  return Object.fromEntries(addressFields.map((field) => [field, read(addressFieldName(prefix, field))])) as unknown as AddressInput;
}

/** Reads an address from form data under a prefix ("" for delivery, "billing" for billing), capping every value. */
export function addressFromForm(form: FormData, prefix: AddressPrefix = ""): AddressInput {
  return addressFrom((name) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 500) : "";
  }, prefix);
}

/**
 * The address as stored: trimmed, postal code normalized, optional parts null. With the country's format, what the
 * country does not use (a postal code in the Emirates, a city field it has none of) is stored empty.
 */
export function cleanAddress(input: AddressInput, format?: AddressFormat) {
  const blank = (value: string) => (value.trim() === "" ? null : value.trim());
  const postalCode = format && !format.postalCode ? "" : input.postalCode;
  return {
    fullName: input.fullName.trim(),
    line1: input.line1.trim(),
    line2: blank(input.line2),
    city: format && !format.city ? "" : input.city.trim(),
    region: blank(input.region),
    postalCode: normalizePostalCode(input.country, postalCode) ?? postalCode.trim().toUpperCase(),
    country: input.country,
    phone: blank(input.phone),
    company: blank(input.company),
  };
}

/**
 * An address as the lines a label shows, in its country's layout ("Portland, OR 97205"; "10115 Berlin"), the
 * country last; blanks left out. With the country's format, regions are printed by name (or the envelope's code).
 */
export function addressLines(address: PrintableAddress, countryName: (code: string) => string, format?: AddressFormat | null): string[] {
  return printAddress(address, countryName, format);
}

import { formatAddress } from "localized-address-format";

/**
 * How a country's addresses are asked for and printed, as plain data: built on the server from Google's address
 * data (./country-formats.ts), handed to the checkout form, and read by the field rules (lib/checkout/fields.ts)
 * in the browser and on the server alike. Framework-free and small: no data tables here.
 */

/** The word a country uses for its first-level division (libaddressinput's `state_name_type`). */
export const regionLabels = ["state", "province", "emirate", "oblast", "county", "island", "parish", "department", "area", "prefecture", "do_si", "district"] as const;
export type RegionLabel = (typeof regionLabels)[number];

/** The word for the postal code (libaddressinput's `zip_name_type`). */
export const postalLabels = ["zip", "postal", "pin", "eircode"] as const;
export type PostalLabel = (typeof postalLabels)[number];

export type PlaceField = "postalCode" | "city" | "region";

export interface RegionOption {
  /** What is stored: the ISO 3166-2 suffix ("OR", "DU", "46"), as the postal lookups and tax rates name regions. */
  code: string;
  /** The name in the shopper's language where the data has it (Ukrainian on uk pages, Latin script elsewhere). */
  name: string;
  /** What an envelope prints: "OR" for Oregon; the name where the country writes names. */
  short: string;
}

export interface AddressFormat {
  country: string;
  /** The place fields the form shows, in order: the postal code first where there is one (it fills in the others). */
  order: PlaceField[];
  postalCode: { required: boolean; label: PostalLabel; numeric: boolean } | null;
  city: { required: boolean } | null;
  region: { required: boolean; label: RegionLabel; options: RegionOption[] | null } | null;
  /** Which of the country's layouts to print: its own script's, or the Latin one (for a page in another language). */
  script: "local" | "latin";
}

/** For a country the data does not describe: a city, and a postal code that may be left empty. */
export function looseFormat(country: string): AddressFormat {
  return { country, order: ["postalCode", "city"], postalCode: { required: false, label: "postal", numeric: false }, city: { required: true }, region: null, script: "local" };
}

export interface PrintableAddress {
  fullName?: string | null;
  company?: string | null;
  line1?: string | null;
  line2?: string | null;
  postalCode?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
}

/**
 * An address as the lines of a label, in the country's own layout (libaddressinput's, via localized-address-format):
 * "Portland, OR 97205" in the US, "10115 Berlin" in Germany, the emirate and no postal code in the Emirates; the
 * country's name last. `format` names regions; without it the stored code is printed. A city kept from before the
 * country's layout lost it is printed as a line of its own rather than dropped.
 */
export function addressLines(address: PrintableAddress, countryName: (code: string) => string, format?: AddressFormat | null): string[] {
  const country = address.country ?? "";
  const region = address.region ? (format?.region?.options?.find((o) => o.code === address.region)?.short ?? address.region) : "";
  const withoutCity = format !== undefined && format !== null && format.city === null;
  const lines = formatAddress(
    {
      postalCountry: /^[A-Z]{2}$/.test(country) ? country : undefined,
      name: address.fullName ?? "",
      organization: address.company ?? "",
      addressLines: [address.line1 ?? "", address.line2 ?? "", withoutCity ? (address.city ?? "") : ""],
      locality: address.city ?? "",
      administrativeArea: region,
      postalCode: format?.postalCode === null ? "" : (address.postalCode ?? ""),
    },
    format?.script ?? "local",
  );
  return [...lines.map((line) => line.trim()).filter(Boolean), ...(country ? [countryName(country)] : [])];
}

/**
 * The separator a locale puts between the items of a list, from its CLDR list pattern: ", " in English and
 * Ukrainian, the Arabic comma "، " in Persian and Arabic (the pattern's "and" and direction marks left out).
 */
export function listSeparator(localeTag: string): string {
  const parts = new Intl.ListFormat(localeTag, { type: "unit", style: "short" }).formatToParts(["a", "b", "c", "d"]);
  const literal = parts.find((part) => part.type === "literal")?.value ?? "";
  const mark = literal.replace(/[\p{L}\p{Cf}\s]/gu, "");
  return mark ? `${mark} ` : ", ";
}

/** An address on one line, its parts joined the locale's way. */
export function addressOnOneLine(lines: string[], localeTag: string): string {
  return lines.join(listSeparator(localeTag));
}

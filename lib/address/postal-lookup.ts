/**
 * City and region from a postal code, to pre-fill the checkout address form. Bundled lookups for the US (every ZIP
 * code's USPS default city), Germany (every PLZ's municipality and Bundesland) and Ukraine (region, and the city for
 * the regional centres' own codes); elsewhere the shopper types city and region. Data, sources and licences:
 * ./data/*.ts.
 * Server-side only: the tables weigh ~0.6 MB, so never import this module from a client component.
 */
import { normalizePostalCode, usStateFromZip } from "@/lib/pricing/postal-codes";
import { DE_PLZ } from "./data/de-plz";
import { UA_REGIONS } from "./data/ua-postal";
import { US_ZIP } from "./data/us-zip";

export type PostalLookup = {
  /** City (US: the USPS default city; DE: the municipality, when the PLZ has only one), or null if unknown. */
  city: string | null;
  /** US: state code as usStateFromZip gives it; DE: Bundesland and UA: region, as ISO 3166-2 suffixes ("BY", "46"). */
  region: string | null;
};

type Lookup = (code: string, language: string) => { cities: string[]; region: string | null };

const lookups: Record<string, Lookup> = { US: lookupUs, DE: lookupDe, UA: lookupUa };

/** Whether the checkout can fill city and region from a postal code in this country (ISO 3166-1 alpha-2). */
export function hasPostalLookup(country: string): boolean {
  return Object.hasOwn(lookups, country.trim().toUpperCase());
}

/**
 * City and region for a postal code, the city named in `language` where the data has its name in it (Ukrainian
 * towns in Ukrainian on uk pages; Latin script otherwise). Null when the country has no bundled lookup or the code is malformed for it;
 * `{ city: null, region: null }` when the code is well-formed but unknown (the shopper types them), and either
 * field alone may be null when only the other is known.
 */
export function lookupPostalCode(country: string, postalCode: string, language = "en"): PostalLookup | null {
  const found = find(country, postalCode, language);
  if (!found) return null;
  return { city: found.cities.length === 1 ? found.cities[0]! : null, region: found.region };
}

/**
 * Every town that a postal code may stand for, for a pick list where lookupPostalCode gives no single city
 * (a German PLZ shared by several municipalities). Null as for lookupPostalCode; empty when none is known.
 */
export function postalCodeCities(country: string, postalCode: string, language = "en"): string[] | null {
  return find(country, postalCode, language)?.cities ?? null;
}

function find(country: string, postalCode: string, language: string) {
  const code = country.trim().toUpperCase();
  const lookup = Object.hasOwn(lookups, code) ? lookups[code] : undefined;
  const normalized = lookup ? normalizePostalCode(code, postalCode) : null;
  return lookup && normalized ? lookup(normalized, language) : null;
}

/** "01-0709" → does it list suffix 05? (Pairs of digits; "aa-bb" stands for aa through bb.) */
function suffixListed(list: string, suffix: number): boolean {
  for (let i = 0; i < list.length; ) {
    const from = Number(list.slice(i, i + 2));
    const to = list[i + 2] === "-" ? Number(list.slice(i + 3, i + 5)) : from;
    if (suffix >= from && suffix <= to) return true;
    i += list[i + 2] === "-" ? 5 : 2;
  }
  return false;
}

function lookupUs(zip: string) {
  const zip5 = zip.slice(0, 5); // ZIP+4 → ZIP
  const region = usStateFromZip(zip5);
  const groups = US_ZIP[zip5.slice(0, 3)];
  const suffix = Number(zip5.slice(3));
  for (const group of groups ? groups.split("|") : []) {
    const colon = group.indexOf(":");
    if (suffixListed(group.slice(colon + 1), suffix)) return { cities: [group.slice(0, colon)], region };
  }
  return { cities: [], region };
}

function lookupDe(plz: string) {
  const suffix = plz.slice(3);
  const entry = DE_PLZ[plz.slice(0, 3)]?.split("|").find((e) => e.startsWith(suffix));
  if (!entry) return { cities: [], region: null };
  const state = entry.slice(2, 4);
  return { cities: entry.slice(4).split(";"), region: state === "--" ? null : state };
}

/** Ukrainian place names on Ukrainian pages; their official Latin transliteration in every other language. */
function lookupUa(code: string, language: string) {
  const pair = Number(code.slice(0, 2));
  const rest = Number(code.slice(2));
  const entry = UA_REGIONS.find((r) => pair >= r.from && pair <= r.to);
  if (!entry) return { cities: [], region: null };
  const city = entry.city;
  const inCity = city !== undefined && (city.upTo === "run" || (pair === entry.from && rest <= city.upTo));
  return { cities: inCity ? [language === "uk" ? city.uk : city.name] : [], region: entry.region };
}

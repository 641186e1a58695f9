import { postcodeValidator, postcodeValidatorExistsForCountry } from "postcode-validator";
import { toLatinDigits } from "@/lib/i18n/digits";

/**
 * Postal codes by country, from the postcode-validator package's patterns (about 190 countries, kept up to date by
 * its maintainers), and US states from ZIP prefixes (the bundled lookup that fills in the state for sales tax).
 * Countries the package has no pattern for (the United Arab Emirates, Qatar…) have no postal codes in use.
 */

/** Whether the country uses postal codes at all (false for AE, QA…; true for an unknown code, which is checked loosely). */
export function hasPostalCodes(country: string): boolean {
  return !/^[A-Z]{2}$/.test(country) || postcodeValidatorExistsForCountry(country);
}

/** Whether an empty postal code is a valid one for the country (the pattern itself says so, as Bahrain's does). */
export function postalCodeOptional(country: string): boolean {
  return !hasPostalCodes(country) || (/^[A-Z]{2}$/.test(country) && postcodeValidator("", country));
}

const generic = /^[A-Z0-9][A-Z0-9 -]{1,9}$/;

function fits(country: string, value: string): boolean {
  if (value === "") return false;
  if (!/^[A-Z]{2}$/.test(country)) return generic.test(value);
  if (!postcodeValidatorExistsForCountry(country)) return false;
  if (!postcodeValidator(value, country)) return false;
  // A ZIP whose prefix no state has (00000, 99999…) is made up: the ZIP3 table knows every prefix in use.
  return country !== "US" || usStateFromZip(value) !== null;
}

/**
 * The postal code as stored, or null if it is not one of the country's: Persian and Arabic digits read as ASCII,
 * letters upper-cased, runs of spaces made one, and spaces dropped where the country writes none ("1234 567 890").
 */
export function normalizePostalCode(country: string, input: string): string | null {
  const value = toLatinDigits(input).trim().toUpperCase().replace(/\s+/g, " ");
  if (value === "" || value.length > 12) return null;
  if (fits(country, value)) return value;
  const joined = value.replace(/ /g, "");
  return joined !== value && fits(country, joined) ? joined : null;
}

/** [state, first ZIP3, last ZIP3] */
const zip3: [string, number, number][] = [
  ["MA", 10, 27], ["RI", 28, 29], ["NH", 30, 38], ["ME", 39, 49], ["VT", 50, 54], ["MA", 55, 55], ["VT", 56, 59],
  ["CT", 60, 69], ["NJ", 70, 89], ["NY", 5, 5], ["NY", 100, 149], ["PA", 150, 196], ["DE", 197, 199], ["DC", 200, 200],
  ["VA", 201, 201], ["DC", 202, 205], ["MD", 206, 219], ["VA", 220, 246], ["WV", 247, 268], ["NC", 270, 289],
  ["SC", 290, 299], ["GA", 300, 319], ["FL", 320, 349], ["AL", 350, 369], ["TN", 370, 385], ["MS", 386, 397],
  ["GA", 398, 399], ["KY", 400, 427], ["OH", 430, 459], ["IN", 460, 479], ["MI", 480, 499], ["IA", 500, 528],
  ["WI", 530, 549], ["MN", 550, 567], ["SD", 570, 577], ["ND", 580, 588], ["MT", 590, 599], ["IL", 600, 629],
  ["MO", 630, 658], ["KS", 660, 679], ["NE", 680, 693], ["LA", 700, 714], ["AR", 716, 729], ["OK", 730, 732],
  ["TX", 733, 733], ["OK", 734, 749], ["TX", 750, 799], ["CO", 800, 816], ["WY", 820, 831], ["ID", 832, 838],
  ["UT", 840, 847], ["AZ", 850, 865], ["NM", 870, 884], ["TX", 885, 885], ["NV", 889, 898], ["CA", 900, 961],
  ["HI", 967, 968], ["OR", 970, 979], ["WA", 980, 994], ["AK", 995, 999],
];

export function usStateFromZip(zip: string): string | null {
  const prefix = Number(zip.slice(0, 3));
  if (!/^\d{3}/.test(zip)) return null;
  return zip3.find(([, from, to]) => prefix >= from && prefix <= to)?.[0] ?? null;
}

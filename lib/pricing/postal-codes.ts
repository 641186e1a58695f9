import { toLatinDigits } from "@/lib/i18n/digits";

/**
 * Postal-code formats of the markets the store ships to, and US states from ZIP prefixes
 * (the bundled lookup that fills in the state for sales tax).
 */
const formats: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  IT: /^\d{5}$/,
  ES: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  PL: /^\d{2}-\d{3}$/,
  UA: /^\d{5}$/,
  IR: /^\d{5}-?\d{5}$/,
  SA: /^\d{5}(-\d{4})?$/,
};
const generic = /^[A-Z0-9][A-Z0-9 -]{1,9}$/;

export function normalizePostalCode(country: string, input: string): string | null {
  const value = toLatinDigits(input).trim().toUpperCase().replace(/\s+/g, " ");
  if (value === "" || value.length > 12) return null;
  return (formats[country] ?? generic).test(value) ? value : null;
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

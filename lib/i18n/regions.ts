import { localeTags, type Locale } from "./locales";

const cache = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the shopper's language, from the runtime's CLDR data. */
export function countryName(code: string, locale: Locale): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([localeTags[locale]], { type: "region" });
    cache.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** The store's languages. The first is the default and the fallback for missing translations. */
export const locales = ["en", "fa", "ar", "uk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(["fa", "ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return rtlLocales.has(locale) ? "rtl" : "ltr";
}

/** BCP 47 tags used for Intl formatting and hreflang. */
export const localeTags: Record<Locale, string> = {
  en: "en-US",
  fa: "fa-IR",
  ar: "ar",
  uk: "uk-UA",
};

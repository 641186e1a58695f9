import { isLocale, type Locale } from "./locales";

/** The shopper's language from a form's hidden `locale` field; English when missing or forged. */
export function localeFromForm(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : "en";
}

import { localeTags, type Locale } from "@/lib/i18n/locales";

/** "euros (EUR)": a currency as a shopper reads it in a sentence, in the shopper's language. */
export function currencyLabel(currency: string, locale: Locale): string {
  const name = new Intl.DisplayNames([localeTags[locale]], { type: "currency" }).of(currency) ?? currency;
  return `${name} (${currency})`;
}

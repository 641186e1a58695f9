/** Basis points as a percentage in a language: 825 → "8.25%", 1900 → "19%" (en-US). */
export function formatRateIn(basisPoints: number, localeTag: string): string {
  return new Intl.NumberFormat(localeTag, { style: "percent", maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

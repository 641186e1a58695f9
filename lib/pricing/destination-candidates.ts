/** Language → likely country, used only when nothing better is known. */
const languageCountries: Record<string, string> = { uk: "UA", fa: "IR", de: "DE", fr: "FR", it: "IT", es: "ES", nl: "NL", pl: "PL", sv: "SE" };

/**
 * Where the shopper may be, best guess first: a country header set by the CDN or proxy
 * (configurable), then each Accept-Language region or language. The caller keeps the first
 * country the store ships to. Light enough for the proxy (no validation library).
 */
export function destinationCandidates({ countryHeader, acceptLanguage }: { countryHeader: string | null; acceptLanguage: string | null }): string[] {
  const candidates: string[] = [];
  const fromHeader = countryHeader?.trim().toUpperCase();
  if (fromHeader && /^[A-Z]{2}$/.test(fromHeader)) candidates.push(fromHeader);
  for (const part of (acceptLanguage ?? "").split(",").slice(0, 10)) {
    const tag = part.split(";")[0]!.trim();
    const [language, region] = tag.split("-");
    const candidate = region?.toUpperCase() ?? languageCountries[language?.toLowerCase() ?? ""];
    if (candidate && /^[A-Z]{2}$/.test(candidate)) candidates.push(candidate);
  }
  return candidates;
}

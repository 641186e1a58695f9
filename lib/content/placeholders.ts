/** Replaces {name} placeholders in long-form content with store values; unknown names stay visible. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

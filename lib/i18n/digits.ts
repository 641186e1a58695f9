/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII, so numbers typed on any keyboard are understood. */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

export type DeviceClass = "mobile" | "desktop";

/** Client hints first (Chromium sends `Sec-CH-UA-Mobile: ?1`), then the user agent. Tablets count as mobile. */
export function deviceClassOf(userAgent: string | null, mobileHint: string | null): DeviceClass {
  if (mobileHint === "?1") return "mobile";
  if (mobileHint === "?0") return "desktop";
  return userAgent && /Mobi|Android|iPhone|iPad|iPod|Tablet|Silk|Kindle/i.test(userAgent) ? "mobile" : "desktop";
}

/** The anonymous visitor id: first-party, httpOnly, one year. Carts and analytics hang off it. */
export const visitorCookie = {
  name: "vid",
  maxAgeSeconds: 60 * 60 * 24 * 365,
} as const;

const visitorIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isVisitorId(value: unknown): value is string {
  return typeof value === "string" && visitorIdPattern.test(value);
}

/** Cookies are Secure whenever the store is served over HTTPS, so plain-http localhost keeps them. */
export function isSecureRequest(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

/** Session cookie marking the current visit; its absence means a visit is starting. */
export const visitCookie = "visit";

/** The cart a browser holds: its id, HMAC-signed, httpOnly, 90 days from the last change (D2). */
export const cartCookie = {
  name: "cart",
  purpose: "cart",
  maxAgeSeconds: 60 * 60 * 24 * 90,
  /** Marks a renewal: the 90 days are renewed by the first change of each day, not every change. */
  renewal: { name: "cart_kept", maxAgeSeconds: 60 * 60 * 24 },
} as const;

const cartIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isCartId(value: unknown): value is string {
  return typeof value === "string" && cartIdPattern.test(value);
}

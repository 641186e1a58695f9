import "server-only";
import { cookies } from "next/headers";

/** The last removed line, kept for two minutes in an httpOnly cookie; putting it back is checked like any add. */
const undoCookie = { name: "cart_undo", maxAgeSeconds: 120 } as const;

export async function rememberRemoval({ variantId, quantity }: { variantId: number; quantity: number }) {
  (await cookies()).set(undoCookie.name, `${variantId}:${quantity}`, {
    httpOnly: true,
    sameSite: "lax",
    maxAge: undoCookie.maxAgeSeconds,
    path: "/",
  });
}

export async function lastRemoval(): Promise<{ variantId: number; quantity: number } | null> {
  const value = (await cookies()).get(undoCookie.name)?.value;
  const match = value ? /^(\d{1,10}):(\d{1,2})$/.exec(value) : null;
  // The cookie is the browser's to forge: an id past PostgreSQL's integer names no variant.
  return match && Number(match[1]) <= 2_147_483_647 ? { variantId: Number(match[1]), quantity: Number(match[2]) } : null;
}

export async function forgetRemoval() {
  (await cookies()).delete(undoCookie.name);
}

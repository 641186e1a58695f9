import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { wishlistProductIds } from "./saved";

/** The visitor id set by the proxy; the cart hangs off it. Null only for requests the proxy skipped. */
export async function currentVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(visitorCookie.name)?.value;
  return isVisitorId(value) ? value : null;
}

/** Product ids on the current visitor's wishlist (for the hearts on cards and product pages). */
export async function currentWishlist(): Promise<number[]> {
  const visitorId = await currentVisitorId();
  if (!visitorId) return [];
  return wishlistProductIds(await getDb(), { visitorId });
}

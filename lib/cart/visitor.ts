import "server-only";
import { cookies } from "next/headers";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";

/** The visitor id set by the proxy; the cart hangs off it. Null only for requests the proxy skipped. */
export async function currentVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(visitorCookie.name)?.value;
  return isVisitorId(value) ? value : null;
}

import "server-only";
import { headers } from "next/headers";
import { isSecureRequest } from "./cookie";

/**
 * Whether the page that sent this request (server action, route handler) was served over HTTPS,
 * so cookies set now are Secure there and still work on a plain-http local run.
 */
export async function requestIsSecure(): Promise<boolean> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get("origin") ?? `http://${requestHeaders.get("host") ?? "localhost"}`;
  try {
    return isSecureRequest(new URL(origin), requestHeaders.get("x-forwarded-proto"));
  } catch {
    // A malformed Origin header: judge by the proxy's header alone.
    return isSecureRequest(new URL("http://localhost"), requestHeaders.get("x-forwarded-proto"));
  }
}

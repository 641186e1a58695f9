import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { normalizeIp } from "@/lib/security/client-ip";

const loopbackNames = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackName(host: string | null): boolean {
  if (!host) return false;
  try {
    return loopbackNames.has(new URL(`http://${host.trim()}`).hostname);
  } catch {
    return false;
  }
}

function isLoopbackAddress(value: string): boolean {
  const ip = normalizeIp(value);
  return ip !== null && (ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip));
}

/** The `for=` of each element of a Forwarded header (RFC 7239); an element without one yields "". */
function forwardedFor(header: string): string[] {
  return header.split(",").map((element) => {
    const pair = element.split(";").find((part) => part.trim().toLowerCase().startsWith("for="));
    return pair ? pair.trim().slice(4).replace(/^"|"$/g, "") : "";
  });
}

/**
 * Whether a request comes from a browser on the machine serving the store, with nothing in
 * between: the store's own address (SITE_URL) and the Host asked for are loopback names, and no
 * forwarding header names another client (Next.js itself writes the socket's address into
 * X-Forwarded-For, which is then a loopback address). A Host check also defeats DNS rebinding:
 * a page on another site that resolves to 127.0.0.1 still sends its own name.
 */
export function isLocalRequest(requestHeaders: Headers, siteUrl: string): boolean {
  if (!loopbackNames.has(new URL(siteUrl).hostname)) return false;
  if (!isLoopbackName(requestHeaders.get("host"))) return false;
  const forwardedHost = requestHeaders.get("x-forwarded-host");
  if (forwardedHost !== null && !isLoopbackName(forwardedHost)) return false;
  const list = (name: string) => requestHeaders.get(name)?.split(",") ?? [];
  const forwarded = requestHeaders.get("forwarded");
  const clients = [...list("x-forwarded-for"), ...list("x-real-ip"), ...(forwarded === null ? [] : forwardedFor(forwarded))];
  return clients.every(isLoopbackAddress);
}

/**
 * The dev mailbox (every mail the store wrote, sign-in links and order links included) exists
 * only for a local request or a signed-in admin; for anyone else it is a 404, not a 403, so it
 * does not even say it is there.
 */
export async function requireMailboxAccess(): Promise<void> {
  if (isLocalRequest(await headers(), env.SITE_URL)) return;
  // Loaded only for non-local requests: the local mailbox never pays for Auth.js.
  const { auth } = await import("@/lib/accounts/auth");
  const session = await auth();
  if (session?.user?.role !== "admin") notFound();
}

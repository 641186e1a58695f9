import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp, ipLimitKey } from "./client-ip";

/** The per-IP limit key of a request, from the header configured in CLIENT_IP_HEADER. */
export const ipKeyOf = (requestHeaders: Headers) => ipLimitKey(clientIp(requestHeaders, env.CLIENT_IP_HEADER));

/** The per-IP limit key of the request a server action or page is handling. */
export async function currentIpKey(): Promise<string> {
  return ipKeyOf(await headers());
}

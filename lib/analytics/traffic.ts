import { isbot } from "isbot";
import type { TrafficKind } from "./session";

/**
 * Who made a request (the agreed convention): the store's own test suites send
 * `x-store-traffic: test` and the traffic generator `synthetic` (a visitor who forges either only
 * hides from the default view); a bot by its user agent (isbot); anyone else is a person.
 */
export function classifyTraffic({ userAgent, marker }: { userAgent: string | null; marker: string | null }): TrafficKind {
  const declared = marker?.trim().toLowerCase();
  if (declared === "test" || declared === "synthetic") return declared;
  if (userAgent && isbot(userAgent)) return "bot";
  return "human";
}

export const trafficHeader = "x-store-traffic";

import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { marketFor } from "@/lib/markets/market-for";
import { getPricingRules } from "@/lib/pricing/cached";
import { destinationCookie, guessDestination, readDestinationCookie } from "@/lib/pricing/destination";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { deviceClassOf, type DeviceClass } from "./device";
import { parseSessionCookie, sessionCookie, type TrafficKind, type TrafficSource } from "./session";
import { classifyTraffic, trafficHeader } from "./traffic";

/** Experiment arms the visitor is in: { experimentKey: armKey } (filled from lib/experiments). */
export type Arms = Record<string, string>;

/**
 * Everything an event of this request is measured by: who (visitor, visit), on what (device),
 * from where (source), in which market, and whether a person made it. Read from the request's
 * cookies and headers while the request lasts; the market needs the pricing rules and is resolved
 * after the response (`resolveMarket`).
 */
export interface MeasurementContext {
  visitorId: string;
  sessionId: string | null;
  device: DeviceClass;
  traffic: TrafficKind;
  source: TrafficSource | null;
  /** What decides the market: the "Deliver to" cookie, else the geo header and Accept-Language. */
  destination: { cookie: string | undefined; countryHeader: string | null; acceptLanguage: string | null };
}

/** The request's context; null when the request has no valid visitor id (the proxy gives every page one). */
export async function measurementContext(): Promise<MeasurementContext | null> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const visitorId = cookieStore.get(visitorCookie.name)?.value;
  if (!isVisitorId(visitorId)) return null;
  const session = parseSessionCookie(cookieStore.get(sessionCookie.name)?.value);
  return {
    visitorId,
    sessionId: session?.id ?? null,
    source: session?.source ?? null,
    device: deviceClassOf(headerStore.get("user-agent"), headerStore.get("sec-ch-ua-mobile")),
    traffic: classifyTraffic({ userAgent: headerStore.get("user-agent"), marker: headerStore.get(trafficHeader) }),
    destination: {
      cookie: cookieStore.get(destinationCookie.name)?.value,
      countryHeader: headerStore.get(env.GEO_COUNTRY_HEADER),
      acceptLanguage: headerStore.get("accept-language"),
    },
  };
}

/** Whether this request is a router prefetch (not a view: nothing is recorded for it). */
export async function isPrefetch(): Promise<boolean> {
  const headerStore = await headers();
  return Boolean(headerStore.get("next-router-prefetch")) || headerStore.get("purpose") === "prefetch";
}

/**
 * The market the shopper is priced in, as lib/pricing/shopper.ts decides it: the chosen
 * destination's, else the guessed one's, else the home market. Null when the rules can't be read
 * (the event is still worth keeping).
 */
export async function resolveMarket(destination: MeasurementContext["destination"]): Promise<string | null> {
  try {
    const rules = await getPricingRules();
    const chosen = readDestinationCookie(destination.cookie, rules.zones);
    const country = (chosen ?? guessDestination({ countryHeader: destination.countryHeader, acceptLanguage: destination.acceptLanguage }, rules.zones))?.country;
    return marketFor(rules.markets, country).id;
  } catch {
    return null;
  }
}

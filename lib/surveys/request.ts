import "server-only";
import { headers } from "next/headers";
import { measurementContext } from "@/lib/analytics/context";
import type { DeviceClass } from "@/lib/analytics/device";
import type { TrafficKind } from "@/lib/analytics/session";
import { ipKeyOf } from "@/lib/security/request-ip";

/** Who is answering, as a survey answer records it. */
export interface AnswerFacts {
  visitorId: string;
  /** The visit, as the event log names it (`events.session_id`, the `sid` cookie), so answers join the funnel's sessions; null outside one. */
  sessionId: string | null;
  device: DeviceClass;
  traffic: TrafficKind;
  /** The per-IP rate limit key (an IPv4 address or IPv6 /64). */
  ipKey: string;
}

/**
 * The facts of the request a survey action is handling, read exactly as the event log reads them
 * (lib/analytics/context.ts: visitor, visit, device, bot/test traffic); null without a visitor
 * cookie (the proxy sets one on every page).
 */
export async function answerFacts(): Promise<AnswerFacts | null> {
  const [context, headerStore] = await Promise.all([measurementContext(), headers()]);
  if (!context) return null;
  return { visitorId: context.visitorId, sessionId: context.sessionId, device: context.device, traffic: context.traffic, ipKey: ipKeyOf(headerStore) };
}

import "server-only";
import { after } from "next/server";
import { getDb } from "@/db";
import { isPrefetch, measurementContext, resolveMarket, type Arms } from "./context";
import { parseEvent, type EventName, type EventProps, type EventRecord } from "./events";
import { shownArms } from "@/lib/experiments/experiments";
import { ensureVisitEvent, insertEvent } from "./queries";

export interface TrackOptions {
  locale: string;
  path?: string;
  /** The experiment arms to record ({ experimentKey: armKey }); by default the ones the visitor has been shown. */
  arms?: Arms;
  /** The market when the caller knows it already (else it is resolved from the shopper's destination). */
  market?: string | null;
}

/**
 * Records a first-party event for the current visitor after the response is sent, so tracking
 * never slows a page down. Router prefetches are not views and are skipped; a failed write is
 * logged and never breaks the page. Each event carries the request's measurement context
 * (lib/analytics/context.ts): visit, device, source, traffic kind, market and experiment arms. The
 * first event of a visit also writes the visit's `visit` event.
 */
export async function track<Name extends EventName>(name: Name, props: EventProps<Name>, options: TrackOptions) {
  if (await isPrefetch()) return;
  const context = await measurementContext();
  if (!context) return;
  const base = {
    name,
    props: parseEvent(name, props) as Record<string, unknown>,
    visitorId: context.visitorId,
    device: context.device,
    locale: options.locale,
    path: options.path ?? null,
    sessionId: context.sessionId,
    source: context.source,
    traffic: context.traffic,
  } satisfies Omit<EventRecord, "market" | "arms">;
  after(async () => {
    try {
      const db = await getDb();
      const record: EventRecord = {
        ...base,
        market: options.market !== undefined ? options.market : await resolveMarket(context.destination),
        // The arms this visitor has been shown in running experiments, so every step can be read per arm.
        arms: options.arms ?? (await shownArms(db, context.visitorId)),
      };
      await ensureVisitEvent(db, record);
      await insertEvent(db, record);
    } catch (error) {
      console.error(`[analytics] could not record ${name}:`, error);
    }
  });
}

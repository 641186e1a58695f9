import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { events } from "@/db/schema";
import type { EventRecord } from "./events";

const valuesOf = (event: EventRecord) => ({
  name: event.name,
  props: event.props,
  visitorId: event.visitorId,
  userId: event.userId ?? null,
  device: event.device,
  locale: event.locale,
  path: event.path,
  sessionId: event.sessionId ?? null,
  market: event.market ?? null,
  source: event.source ?? null,
  traffic: event.traffic ?? "human",
  arms: event.arms ?? {},
  ...(event.at ? { at: event.at } : {}),
});

export async function insertEvent(db: Executor, event: EventRecord): Promise<void> {
  await db.insert(events).values(valuesOf(event));
}

/** Sessions this process has already seen a `visit` row for: saves the check on every later event. */
const knownVisits = new Set<string>();
const knownVisitsMax = 50_000;

/**
 * The `visit` event of the event's session, written once per visit, before the event itself: the
 * visit's landing page is the first event's path (a cached page reports its own path through
 * /api/shopper), its source the one the visit started with (the `sid` cookie). A visit another
 * instance is writing at the same moment may be counted twice in the log; the funnel counts
 * distinct sessions, so it is not counted twice there.
 */
export async function ensureVisitEvent(db: Executor, event: EventRecord): Promise<boolean> {
  const sessionId = event.sessionId;
  if (!sessionId || event.name === "visit" || knownVisits.has(sessionId)) return false;
  if (knownVisits.size >= knownVisitsMax) knownVisits.clear();
  knownVisits.add(sessionId);
  const landing = event.path ? event.path.slice(0, 300) : null;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into events (name, props, visitor_id, user_id, device, locale, path, session_id, market, source, traffic, arms, at)
        select 'visit', ${JSON.stringify({ source: event.source ?? "direct", landing })}::jsonb, ${event.visitorId}, ${event.userId ?? null},
               ${event.device}, ${event.locale}, ${event.path}, ${sessionId}, ${event.market ?? null}, ${event.source ?? "direct"},
               ${event.traffic ?? "human"}, ${JSON.stringify(event.arms ?? {})}::jsonb, ${(event.at ?? new Date()).toISOString()}::timestamptz
        where not exists (select 1 from events where session_id = ${sessionId} and name = 'visit')
        returning id`,
  );
  return rows.length > 0;
}

/** Forgets the sessions seen (tests start from an empty database). */
export function forgetKnownVisits() {
  knownVisits.clear();
}

/**
 * `reminder_sent` / `reminder_clicked`: written by jobs and links that have no page request, in the
 * transaction that recorded the message or its click, for the cart's visitor. Device, locale,
 * market and traffic are the visitor's latest event's (a reminder to a test shopper stays test
 * traffic); the source is "reminder".
 */
export async function insertReminderEvent(
  tx: Executor,
  name: "reminder_sent" | "reminder_clicked",
  { cartId, messageId, step, channel, at = new Date() }: { cartId: string; messageId: number; step: number; channel: string; at?: Date },
): Promise<void> {
  const [cart] = await queryRows<{ visitorId: string; userId: string | null; locale: string | null; device: string | null; market: string | null; traffic: string | null; lastLocale: string | null }>(
    tx,
    sql`select c.visitor_id as "visitorId", c.user_id as "userId", s.locale, last.device, last.market, last.traffic, last.locale as "lastLocale"
        from carts c
        left join recovery_sequences s on s.cart_id = c.id
        left join lateral (select device, market, traffic, locale from events e where e.visitor_id = c.visitor_id order by e.at desc limit 1) last on true
        where c.id = ${cartId}`,
  );
  if (!cart) return;
  await insertEvent(tx, {
    name,
    props: { messageId, step, channel },
    visitorId: cart.visitorId,
    userId: cart.userId,
    device: cart.device === "mobile" ? "mobile" : "desktop",
    locale: cart.locale ?? cart.lastLocale ?? "en",
    path: null,
    market: cart.market,
    source: "reminder",
    traffic: (["human", "bot", "test", "synthetic"] as const).find((kind) => kind === cart.traffic) ?? "human",
    at,
  });
}

export async function listVisitorEvents(db: Executor, { visitorId, limit }: { visitorId: string; limit: number }) {
  return db.select().from(events).where(eq(events.visitorId, visitorId)).orderBy(desc(events.id)).limit(limit);
}

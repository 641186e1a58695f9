import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events } from "@/db/schema";
import type { EventRecord } from "./events";

export async function insertEvent(db: Executor, event: EventRecord): Promise<void> {
  await db.insert(events).values({
    name: event.name,
    props: event.props,
    visitorId: event.visitorId,
    userId: event.userId ?? null,
    device: event.device,
    locale: event.locale,
    path: event.path,
  });
}

export async function listVisitorEvents(db: Executor, { visitorId, limit }: { visitorId: string; limit: number }) {
  return db.select().from(events).where(eq(events.visitorId, visitorId)).orderBy(desc(events.id)).limit(limit);
}

import "server-only";
import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { getDb } from "@/db";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { deviceClassOf } from "./device";
import { parseEvent, type EventName, type EventProps } from "./events";
import { insertEvent } from "./queries";

/**
 * Records a first-party event for the current visitor after the response is sent, so tracking
 * never slows a page down. Router prefetches are not views and are skipped; a failed write is
 * logged and never breaks the page.
 */
export async function track<Name extends EventName>(name: Name, props: EventProps<Name>, options: { locale: string; path?: string }) {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  if (headerStore.get("next-router-prefetch") || headerStore.get("purpose") === "prefetch") return;
  const visitorId = cookieStore.get(visitorCookie.name)?.value;
  if (!isVisitorId(visitorId)) return;
  const record = {
    name,
    props: parseEvent(name, props),
    visitorId,
    device: deviceClassOf(headerStore.get("user-agent"), headerStore.get("sec-ch-ua-mobile")),
    locale: options.locale,
    path: options.path ?? null,
  };
  after(async () => {
    try {
      await insertEvent(await getDb(), record);
    } catch (error) {
      console.error(`[analytics] could not record ${name}:`, error);
    }
  });
}

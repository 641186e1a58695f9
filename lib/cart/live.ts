import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { announcementHub } from "@/lib/live/hub";

/** The channel every cart change is announced on (payload: the cart id), by `pg_notify` inside the change's transaction. */
export const cartChannel = "cart_changes";

/**
 * The payload announced when a cart is created for a shopper (account or guest browser), so a tab
 * that opened before there was any cart learns of the first one.
 */
export function cartOwnerKey({ visitorId, userId }: { visitorId: string; userId?: string | null }): string {
  return userId ? `user:${userId}` : `visitor:${visitorId}`;
}

/**
 * Fans out cart notifications to the streams open in this process (lib/live/hub.ts): one LISTEN
 * per process, so devices on different app servers still see each other's edits.
 */
export function cartChangeHub(handle: Pick<DatabaseHandle, "listen">) {
  return announcementHub(handle, cartChannel);
}

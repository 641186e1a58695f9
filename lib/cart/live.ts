import "server-only";
import type { DatabaseHandle } from "@/db/client";

/** The channel every cart change is announced on (payload: the cart id), by `pg_notify` inside the change's transaction. */
export const cartChannel = "cart_changes";

/**
 * The payload announced when a cart is created for a shopper (account or guest browser), so a tab
 * that opened before there was any cart learns of the first one.
 */
export function cartOwnerKey({ visitorId, userId }: { visitorId: string; userId?: string | null }): string {
  return userId ? `user:${userId}` : `visitor:${visitorId}`;
}

type Listener = () => void;

/**
 * Fans out cart notifications to the streams open in this process. One LISTEN per process,
 * whatever the number of shoppers: PostgreSQL delivers every instance's changes to every
 * instance, so devices on different app servers still see each other's edits.
 */
export function cartChangeHub(handle: Pick<DatabaseHandle, "listen">) {
  const listeners = new Map<string, Set<Listener>>();
  let listening: Promise<unknown> | null = null;

  return {
    /** Calls `listener` on every announcement of `key`: a cart id or a `cartOwnerKey`. */
    async subscribe(key: string, listener: Listener): Promise<() => void> {
      listening ??= handle
        .listen(cartChannel, (payload) => listeners.get(payload)?.forEach((l) => l()))
        .catch((error: unknown) => {
          // The database was down: the next stream tries again instead of failing for good.
          listening = null;
          throw error;
        });
      await listening;
      const set = listeners.get(key) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
}

import "server-only";
import type { DatabaseHandle } from "@/db/client";

type Listener = (payload: string) => void;

/** Subscribing with this key hears every announcement on the channel (an agent's inbox hears every conversation). */
export const everyAnnouncement = "*";

/**
 * Fans out a channel's database announcements (`pg_notify` inside the writing transaction) to the
 * streams open in this process. One LISTEN per process and channel, whatever the number of
 * streams: PostgreSQL delivers every instance's changes to every instance, so browsers on
 * different app servers still see each other's writes.
 */
export function announcementHub(handle: Pick<DatabaseHandle, "listen">, channel: string) {
  const listeners = new Map<string, Set<Listener>>();
  let listening: Promise<unknown> | null = null;
  const deliver = (key: string, payload: string) => listeners.get(key)?.forEach((listener) => listener(payload));

  return {
    /** Calls `listener` on every announcement of `key` (or of anything, with `everyAnnouncement`). */
    async subscribe(key: string, listener: Listener): Promise<() => void> {
      listening ??= handle
        .listen(channel, (payload) => {
          deliver(payload, payload);
          deliver(everyAnnouncement, payload);
        })
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

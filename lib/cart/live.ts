import "server-only";
import type { DatabaseHandle } from "@/db/client";

/** The channel every cart change is announced on (payload: the cart id), by `pg_notify` inside the change's transaction. */
export const cartChannel = "cart_changes";

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
    async subscribe(cartId: string, listener: Listener): Promise<() => void> {
      listening ??= handle.listen(cartChannel, (payload) => listeners.get(payload)?.forEach((l) => l()));
      await listening;
      const set = listeners.get(cartId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(cartId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(cartId);
      };
    },
  };
}

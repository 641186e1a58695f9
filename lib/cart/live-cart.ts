import "server-only";
import { databaseHandle } from "@/db";
import { cartChangeHub } from "./live";
import { activeCartId, type CartRef } from "./queries";

const holder = globalThis as unknown as { __cartHub?: ReturnType<typeof cartChangeHub> };

/**
 * What a cart stream listens with: the process's one hub of cart notifications (one LISTEN for
 * every open stream) and the cart a browser works on now, read afresh each time it is asked.
 */
export async function liveCart() {
  const handle = await databaseHandle();
  holder.__cartHub ??= cartChangeHub(handle);
  return { hub: holder.__cartHub, activeCartOf: (cart: CartRef) => activeCartId(handle.db, cart) };
}

import type { Database } from "@/db/client";
import { changeLine, type CartRef } from "@/lib/cart/queries";

/**
 * Guest shoppers for order tests, each with a cart holding one line. `series` (one hex digit)
 * keeps the visitor ids of different test files apart; `count` is how many were made so far.
 */
export function guestShoppers(db: () => Database, series: string) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async withCart(variantId: number, quantity = 1): Promise<CartRef> {
      const ref: CartRef = { visitorId: `00000000-0000-4000-${series}000-${String(++count).padStart(12, "0")}`, cartId: null };
      const added = await changeLine(db(), { ...ref, variantId, quantity, mode: "add" });
      if (!added.ok) throw new Error(`could not add: ${JSON.stringify(added)}`);
      ref.cartId = added.cartId;
      return ref;
    },
  };
}

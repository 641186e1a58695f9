import "server-only";
import type { Executor } from "@/db/client";
import { defaultAddress, getUser } from "@/lib/accounts/queries";
import type { CartRef } from "@/lib/cart/queries";
import type { KnownPlace } from "@/lib/pricing/tax-region";
import { loadDraft, type CheckoutDraft } from "./drafts";
import { checkEmail } from "./fields";
import { firstOrderFact } from "./first-order";

export interface KnownShopper {
  /** The account's email, else a valid one typed at this cart's checkout; null when nobody said. */
  email: string | null;
  /** Country and postal code typed at this cart's checkout. */
  checkoutPlace: KnownPlace | null;
  /** The signed-in account's saved address. */
  accountPlace: KnownPlace | null;
}

const placeOf = (address: { country?: string | null; postalCode?: string | null } | null | undefined): KnownPlace | null =>
  address?.country && address.postalCode ? { country: address.country, postalCode: address.postalCode } : null;

/** What the store already knows about the shopper behind a cart, for quoting it honestly before checkout. */
export async function knownShopper(db: Executor, { ref, cartId }: { ref: CartRef; cartId: string | null }): Promise<KnownShopper> {
  const [draft, user, home] = await Promise.all([
    cartId ? loadDraft(db, { cartId }) : Promise.resolve<CheckoutDraft>({}),
    ref.userId ? getUser(db, { userId: ref.userId }) : null,
    ref.userId ? defaultAddress(db, { userId: ref.userId }) : null,
  ]);
  const typed = draft.email?.trim() ?? "";
  return {
    email: user?.email ?? (typed && !checkEmail(typed) ? typed : null),
    checkoutPlace: placeOf(draft),
    accountPlace: placeOf(home),
  };
}

/** The first-order fact for quoting the cart `ref` points at (a first-order coupon, E5). */
export async function cartFirstOrderFact(db: Executor, { ref, cartId }: { ref: CartRef; cartId: string | null }): Promise<boolean> {
  return firstOrderFact(db, (await knownShopper(db, { ref, cartId })).email);
}

import type { CartRef } from "./queries";

/** Whose saved items and wishlist these are: the account's when signed in, else this visitor's. */
export function listOwner(ref: Pick<CartRef, "visitorId" | "userId">): string {
  return ref.userId ? `user:${ref.userId}` : ref.visitorId;
}

import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { countCartItems } from "./queries";
import { currentCart } from "./visitor";

/** The request's cart and its item count, read once per request although the locale layout and the group layouts all show it. */
export const currentCartSummary = cache(async () => {
  const cart = await currentCart();
  return { cart, count: cart ? await countCartItems(await getDb(), cart) : 0 };
});

import "server-only";
import { getDb } from "@/db";
import { getOrderView } from "./order-view";

/** An order for its status page; whether the visitor may see it is checked by the page (`hasOrderAccess`). */
export async function loadOrderView({ number }: { number: number }) {
  return getOrderView(await getDb(), { number });
}

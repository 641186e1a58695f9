import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { orders } from "@/db/schema";
import { getOrderView } from "./order-view";

/** An order for its status page; whether the visitor may see it is checked by the page (`hasOrderAccess`). */
export async function loadOrderView({ number }: { number: number }) {
  return getOrderView(await getDb(), { number });
}

/** The admin area's list: the latest orders, newest first. Callers check the admin role first. */
export async function loadLatestOrders({ limit }: { limit: number }) {
  return (await getDb()).select().from(orders).orderBy(desc(orders.createdAt)).limit(limit);
}

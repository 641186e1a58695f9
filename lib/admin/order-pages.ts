import "server-only";
import { getDb } from "@/db";
import { store } from "@/lib/store/config";
import { loadAdminOrder } from "./order-detail";
import { listOrders, type OrderListQuery } from "./order-list";
import { loadOverviewFigures } from "./overview";

export { orderListQuery, orderPageSize } from "./order-list";

/** The admin's orders list, for its page. */
export async function loadOrderList(query: OrderListQuery) {
  return listOrders(await getDb(), query);
}

/** One order with everything the admin shows, for its page. */
export async function loadOrderDetail(number: number) {
  return loadAdminOrder(await getDb(), number);
}

/** The overview's figures, for the admin's first page. */
export async function loadOverview() {
  return loadOverviewFigures(await getDb(), { lowStockAt: store.lowStockThreshold });
}

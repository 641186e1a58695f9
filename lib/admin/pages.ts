import "server-only";
import { getDb } from "@/db";
import { store } from "@/lib/store/config";
import { exportCatalogCsv } from "./catalog-import";
import { listCoupons, loadCoupon } from "./coupons";
import { loadAdminOrder } from "./order-detail";
import { listOrders, type OrderListQuery } from "./order-list";
import { loadOverviewFigures } from "./overview";
import { listProducts, loadEditableProduct, type ProductListQuery } from "./products";
import { listAudit, listStaff, type AuditQuery } from "./staff";
import { listTaxRates } from "./tax-rates";

export { orderListQuery, orderPageSize } from "./order-list";
export { productListQuery, productPageSize } from "./products";
export { auditPageSize, auditQuery } from "./staff";

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

/** The admin's products list, for its page. */
export async function loadProductList(query: ProductListQuery) {
  return listProducts(await getDb(), query);
}

/** A product as its edit form shows it, for its page. */
export async function loadProductForEdit(slug: string) {
  return loadEditableProduct(await getDb(), slug);
}

/** The catalog as a CSV file, for the export link. */
export async function loadCatalogCsv() {
  return exportCatalogCsv(await getDb());
}

/** The staff list, for its page. */
export async function loadStaff() {
  return listStaff(await getDb());
}

/** A page of the audit log, for its page. */
export async function loadAudit(query: AuditQuery) {
  return listAudit(await getDb(), query);
}

/** The merchant's coupons, for their page. */
export async function loadCoupons() {
  return listCoupons(await getDb());
}

/** One coupon, for its edit page. */
export async function loadCouponForEdit(code: string) {
  return loadCoupon(await getDb(), code);
}

/** Every tax rate, for the taxes page. */
export async function loadTaxRates() {
  return listTaxRates(await getDb());
}

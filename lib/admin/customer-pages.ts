import "server-only";
import { getDb } from "@/db";
import type { Locale } from "@/lib/i18n/locales";
import { listCustomers, loadCustomer, type CustomerListQuery } from "./customers";

export { customerListQuery, customerPageSize, deletionConfirmation } from "./customers";

/** The admin's customers list, for its page. */
export async function loadCustomerList(query: CustomerListQuery) {
  return listCustomers(await getDb(), query);
}

/** One customer with their orders, addresses, consent and cart (product names in `locale`), for their page. */
export async function loadCustomerDetail(userId: string, locale?: Locale) {
  return loadCustomer(await getDb(), userId, { locale });
}

import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";

/** Whether `email` has never completed an order here (first-order coupons, E5). Case-insensitive. */
export async function isFirstOrder(db: Executor, email: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from orders where lower(email) = lower(${email.trim()}) and status in ('paid', 'pay_on_delivery', 'awaiting_transfer')) as found`,
  );
  return !row?.found;
}

/**
 * The first-order fact to quote with. Once the shopper's email is known (signed in, or typed at
 * checkout) it comes from the orders, so a returning shopper sees a first-order code refused before
 * paying; until then the code is shown as it would apply to a newcomer, and checked again then.
 */
export async function firstOrderFact(db: Executor, email: string | null | undefined): Promise<boolean> {
  return email ? isFirstOrder(db, email) : true;
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { PostalAddress } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/queries";
import type { Locale } from "@/lib/i18n/locales";
import { listSavedCards, removeSavedCard } from "@/lib/payments/saved-cards";
import type { Gateway } from "@/lib/payments/types";
import { recordAudit, type Actor } from "./audit";
import type { orderStatuses } from "./order-list";

/** The customers list's search and page, read from the URL: anything malformed falls back to its default. */
export const customerListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;
export const customerPageSize = 25;

export type CustomerRole = "shopper" | "staff" | "admin";
/** Minor units per currency: a store selling in several markets never adds dollars to euros. */
export type Spent = { currency: string; amount: number }[];

export interface CustomerListRow {
  id: string;
  email: string | null;
  /** The account's name, else the name on its latest order; null when neither is known. */
  name: string | null;
  role: CustomerRole;
  createdAt: Date;
  /** Every order of the account, whatever its status. */
  orders: number;
  spent: Spent;
  lastOrderAt: Date | null;
}

/**
 * What an order counts for in "spent": placed and not cancelled or failed (as the overview counts
 * revenue), less what was refunded or is being refunded.
 */
const placed = sql`o.status in ('paid', 'awaiting_transfer', 'pay_on_delivery')`;
const spentOf = (userId: SQL) => sql`(
  select coalesce(jsonb_agg(jsonb_build_object('currency', s.currency, 'amount', s.amount) order by s.currency), '[]'::jsonb)
  from (select o.currency, sum(o.total - coalesce((select sum(r.amount) from refunds r where r.order_id = o.id and r.status <> 'failed'), 0))::bigint as amount
        from orders o where o.user_id = ${userId} and ${placed} group by o.currency) s)`;

const toDate = (value: Date | string) => new Date(value);
const toSpent = (value: unknown): Spent => {
  const rows = (typeof value === "string" ? JSON.parse(value) : value) as { currency: string; amount: number | string }[] | null;
  return (rows ?? []).map((row) => ({ currency: row.currency, amount: Number(row.amount) }));
};
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * One page of accounts, newest first, searched by email or name (the account's, or the name on one
 * of its orders) on the server, with the count of all that match.
 */
export async function listCustomers(db: Executor, query: CustomerListQuery): Promise<{ rows: CustomerListRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.q) {
    const like = likeOf(query.q);
    where.push(sql`(u.email ilike ${like} or u.name ilike ${like} or exists (select 1 from orders o where o.user_id = u.id and o.shipping_address->>'fullName' ilike ${like}))`);
  }
  const condition = sql.join(where, sql` and `);
  const [rows, [count]] = await Promise.all([
    queryRows<Omit<CustomerListRow, "createdAt" | "lastOrderAt" | "spent"> & { createdAt: Date | string; lastOrderAt: Date | string | null; spent: unknown }>(
      db,
      sql`select u.id, u.email, coalesce(nullif(u.name, ''), latest.name) as name, u.role, u.created_at as "createdAt",
                 coalesce(counts.orders, 0)::int as orders, counts.last as "lastOrderAt", ${spentOf(sql`u.id`)} as spent
          from users u
          left join lateral (select count(*)::int as orders, max(o.created_at) as last from orders o where o.user_id = u.id) counts on true
          left join lateral (select o.shipping_address->>'fullName' as name from orders o where o.user_id = u.id order by o.created_at desc limit 1) latest on true
          where ${condition} order by u.created_at desc, u.id
          limit ${customerPageSize} offset ${(query.page - 1) * customerPageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from users u where ${condition}`),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, createdAt: toDate(row.createdAt), lastOrderAt: row.lastOrderAt === null ? null : toDate(row.lastOrderAt), spent: toSpent(row.spent) })),
    total: count?.total ?? 0,
  };
}

export interface AdminCustomer {
  id: string;
  email: string | null;
  name: string | null;
  role: CustomerRole;
  /** The language for mail; null: the language of the page used. */
  locale: string | null;
  createdAt: Date;
  /** The latest 100 orders, newest first; `orderCount` counts them all. */
  orders: { number: number; placedAt: Date; status: (typeof orderStatuses)[number]; total: number; currency: string }[];
  orderCount: number;
  spent: Spent;
  addresses: { id: string; address: PostalAddress; isDefault: boolean }[];
  /**
   * Marketing consent as the latest checkout that captured an email for this account (its carts, or
   * its address) recorded it; null when no checkout ever asked.
   */
  consent: { marketing: boolean; at: Date } | null;
  /** The address unsubscribed from cart reminders (mail_unsubscribes); null when it did not. */
  unsubscribed: { at: Date; source: "link" | "one-click" } | null;
  /** The account's active cart, with its lines named in `locale` (English where a name is missing). */
  cart: { id: string; updatedAt: Date; lines: { variantId: number; name: string; sku: string; options: Record<string, string>; quantity: number }[] } | null;
}

const maxOrdersShown = 100;

/** Everything the admin shows about one account: orders, saved addresses, consent, cart and role. */
export async function loadCustomer(db: Executor, userId: string, { locale = "en" }: { locale?: Locale } = {}): Promise<AdminCustomer | null> {
  const [user] = await queryRows<Pick<AdminCustomer, "id" | "email" | "name" | "role" | "locale"> & { createdAt: Date | string; orderCount: number; spent: unknown }>(
    db,
    sql`select u.id, u.email, coalesce(nullif(u.name, ''),
                 (select o.shipping_address->>'fullName' from orders o where o.user_id = u.id order by o.created_at desc limit 1)) as name,
               u.role, u.locale, u.created_at as "createdAt",
               (select count(*)::int from orders o where o.user_id = u.id) as "orderCount", ${spentOf(sql`u.id`)} as spent
        from users u where u.id = ${userId}`,
  );
  if (!user) return null;
  const email = user.email?.trim().toLowerCase() ?? null;
  const [orders, addresses, consents, unsubscribes, carts] = await Promise.all([
    queryRows<Omit<AdminCustomer["orders"][number], "placedAt"> & { placedAt: Date | string }>(
      db,
      sql`select number, created_at as "placedAt", status, total, currency from orders where user_id = ${userId} order by created_at desc, number desc limit ${maxOrdersShown}`,
    ),
    queryRows<AdminCustomer["addresses"][number]>(
      db,
      sql`select id, address, is_default as "isDefault" from addresses where user_id = ${userId} order by is_default desc, created_at desc`,
    ),
    queryRows<{ marketing: boolean; at: Date | string }>(
      db,
      sql`select k.marketing_consent as marketing, coalesce(k.email_captured_at, k.updated_at) as at
          from checkouts k left join carts c on c.id = k.cart_id
          where k.email is not null and (c.user_id = ${userId}${email ? sql` or lower(k.email) = ${email}` : sql``})
          order by k.updated_at desc limit 1`,
    ),
    email
      ? queryRows<{ at: Date | string; source: "link" | "one-click" }>(db, sql`select unsubscribed_at as at, source from mail_unsubscribes where email = ${email}`)
      : Promise.resolve([]),
    queryRows<{ id: string; updatedAt: Date | string }>(db, sql`select id, updated_at as "updatedAt" from carts where user_id = ${userId} and status = 'active' order by updated_at desc limit 1`),
  ]);
  const cart = carts[0];
  const lines = cart
    ? await queryRows<NonNullable<AdminCustomer["cart"]>["lines"][number]>(
        db,
        sql`select l.variant_id as "variantId", coalesce(tl.name, te.name, p.slug) as name, v.sku, v.options, l.quantity
            from cart_lines l join variants v on v.id = l.variant_id join products p on p.id = v.product_id
            left join product_translations tl on tl.product_id = p.id and tl.locale = ${locale}
            left join product_translations te on te.product_id = p.id and te.locale = 'en'
            where l.cart_id = ${cart.id} order by l.added_at, l.variant_id`,
      )
    : [];
  const [consent] = consents;
  const [unsubscribed] = unsubscribes;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    createdAt: toDate(user.createdAt),
    orders: orders.map((order) => ({ ...order, placedAt: toDate(order.placedAt) })),
    orderCount: user.orderCount,
    spent: toSpent(user.spent),
    addresses,
    consent: consent ? { marketing: consent.marketing, at: toDate(consent.at) } : null,
    unsubscribed: unsubscribed ? { at: toDate(unsubscribed.at), source: unsubscribed.source } : null,
    cart: cart ? { id: cart.id, updatedAt: toDate(cart.updatedAt), lines } : null,
  };
}

/** What staff type to confirm a deletion: the account's email (its id for an account without one). */
export const deletionConfirmation = (customer: { id: string; email: string | null }) => customer.email ?? customer.id;
const sameConfirmation = (typed: string, expected: string) => typed.trim().toLowerCase() === expected.trim().toLowerCase();

export type CustomerDeleteResult = { ok: true; email: string | null; orders: number } | { ok: false; reason: "not_found" | "staff" | "mismatch" };

/**
 * Deletes a customer's account on their request, by the shopper's own rule: their saved cards are
 * forgotten (a Stripe card is detached, after the commit, so nobody can charge it again), then
 * `deleteAccount` runs: orders stay for the books without the person's details, and sessions,
 * addresses, carts, wishlist and saved items go. Staff and admin accounts are refused (their role
 * is taken away first, elsewhere). `confirmation`, when given, must be the account's email as
 * `deletionConfirmation` says (case and surrounding spaces aside). One transaction with the account
 * row locked, so two staff deleting at once delete once; `deleteAccount`'s own transaction nests in
 * it (a savepoint), and the `customer.delete` audit row is written in it too.
 */
export async function deleteCustomer(
  db: Executor,
  { userId, actor, gateway, confirmation, now = new Date() }: { userId: string; actor: Actor; gateway: Gateway; confirmation?: string; now?: Date },
): Promise<CustomerDeleteResult> {
  const outcome = await db.transaction(async (tx) => {
    const [locked] = await queryRows<{ id: string }>(tx, sql`select id from users where id = ${userId} for update`);
    if (!locked) return { ok: false as const, reason: "not_found" as const };
    // Read after the lock, in a statement of its own (see lockOrder): what the lock waited for is seen.
    const [user] = await queryRows<{ id: string; email: string | null; role: CustomerRole; orders: number }>(
      tx,
      sql`select u.id, u.email, u.role, (select count(*)::int from orders o where o.user_id = u.id) as orders from users u where u.id = ${userId}`,
    );
    if (!user) return { ok: false as const, reason: "not_found" as const };
    if (user.role !== "shopper") return { ok: false as const, reason: "staff" as const };
    if (confirmation !== undefined && !sameConfirmation(confirmation, deletionConfirmation(user))) return { ok: false as const, reason: "mismatch" as const };
    const forgotten = [];
    for (const card of await listSavedCards(tx, { userId })) {
      const removed = await removeSavedCard(tx, { userId, id: card.id });
      if (removed) forgotten.push(removed);
    }
    await deleteAccount(tx, { userId });
    await recordAudit(tx, { actor, action: "customer.delete", subjectType: "customer", subjectId: userId, before: { email: user.email, orders: user.orders }, after: null, at: now });
    return { ok: true as const, email: user.email, orders: user.orders, forgotten };
  });
  if (!outcome.ok) return outcome;
  // As forgetSavedCard does for the shopper: detached at Stripe, a failure logged (the card is gone from the store either way).
  if (gateway.kind === "stripe") {
    for (const card of outcome.forgotten.filter((card) => card.provider === "stripe")) {
      await gateway.forgetCard?.(card.token).catch((error: unknown) => console.error(`[payments] detaching ${card.token} failed:`, error));
    }
  }
  return { ok: true, email: outcome.email, orders: outcome.orders };
}

import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { chatMessages, type orders as orderTable } from "@/db/schema";
import type { StaffMember } from "@/lib/admin/access";
import { getCartView } from "@/lib/cart/queries";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { money, type Money } from "@/lib/money";
import type { Destination } from "@/lib/pricing/types";
import { quoteReminderCart } from "@/lib/recovery/reminder-cart";
import { loadConversation, type ConversationStatus, type StartedBy } from "./conversations";
import { agentsOnline, presenceOf } from "./presence";
import { messageView } from "./present";
import type { ChatMessageView } from "./views";

/** What the inbox lists: conversations not closed (the default), by status, the staff member's own, or every one. */
export const inboxFilters = ["active", "waiting", "open", "mine", "bot", "closed", "all"] as const;
export type InboxFilter = (typeof inboxFilters)[number];

/** The inbox's URL: the list shown and the conversation open (`c`); anything malformed falls back to the default. */
export const inboxQuery = z.object({
  status: z.enum(inboxFilters).catch("active"),
  c: z.uuid().nullish().catch(null),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

/** Conversations listed at most (the newest first). */
const listSize = 100;
/** Messages shown of one conversation at most (its latest). */
const shownMessages = 200;

export interface InboxRow {
  id: string;
  status: ConversationStatus;
  /** The email a person can answer by: given in the widget, the account's, or typed at the cart's checkout. */
  email: string | null;
  locale: string;
  assignedTo: string | null;
  unread: number;
  lastMessageAt: Date;
  startedBy: StartedBy;
  last: { author: ChatMessageView["author"]; body: string; image: boolean } | null;
}

export interface InboxList {
  rows: InboxRow[];
  /** How many conversations each filter shows. */
  counts: Record<InboxFilter, number>;
  /** Shopper messages no one has read, in conversations not closed (the page title's count). */
  unreadTotal: number;
}

const toDate = (value: Date | string) => new Date(value);

/** The shopper's email as the inbox knows it: `c` a conversation, `u` its account, `k` its cart's checkout. */
const shopperEmail = sql`coalesce(c.email, u.email, k.email)`;
const shopperJoins = sql`left join users u on u.id = c.user_id
  left join checkouts k on k.cart_id = c.cart_id and k.email_captured_at is not null`;

/** Shopper messages no one has read, over conversations not closed: the list's total and the page title's. */
const unreadSum = sql`coalesce(sum(unread_by_agent) filter (where status <> 'closed'), 0)::int`;

function filterWhere(filter: InboxFilter, agent: string) {
  switch (filter) {
    case "active":
      return sql`c.status <> 'closed'`;
    case "mine":
      return sql`c.status <> 'closed' and c.assigned_to = ${agent}`;
    case "all":
      return sql`true`;
    default:
      return sql`c.status = ${filter}`;
  }
}

/** The inbox's list for a filter, newest message first, with every filter's count and the unread total. */
export async function listInbox(db: Executor, { filter, agent }: { filter: InboxFilter; agent: string }): Promise<InboxList> {
  const [rows, [counts]] = await Promise.all([
    queryRows<Omit<InboxRow, "lastMessageAt"> & { lastMessageAt: Date | string }>(
      db,
      sql`select c.id, c.status, ${shopperEmail} as email, c.locale, c.assigned_to as "assignedTo", c.unread_by_agent as unread,
            c.last_message_at as "lastMessageAt", c.started_by as "startedBy",
            (select json_build_object('author', m.author, 'body', left(m.body, 160), 'image', m.image is not null)
               from chat_messages m where m.conversation_id = c.id order by m.id desc limit 1) as last
          from chat_conversations c ${shopperJoins}
          where ${filterWhere(filter, agent)}
          order by c.last_message_at desc, c.id
          limit ${listSize}`,
    ),
    queryRows<Record<InboxFilter, number> & { unread: number }>(
      db,
      sql`select count(*) filter (where status <> 'closed')::int as active,
            count(*) filter (where status = 'waiting')::int as waiting,
            count(*) filter (where status = 'open')::int as open,
            count(*) filter (where status <> 'closed' and assigned_to = ${agent})::int as mine,
            count(*) filter (where status = 'bot')::int as bot,
            count(*) filter (where status = 'closed')::int as closed,
            count(*)::int as "all",
            ${unreadSum} as unread
          from chat_conversations`,
    ),
  ]);
  const { unread, ...byFilter } = counts!;
  return { rows: rows.map((row) => ({ ...row, lastMessageAt: toDate(row.lastMessageAt) })), counts: byFilter, unreadTotal: unread };
}

export interface CartLineContext {
  variantId: number;
  name: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: Money;
  total: Money;
}

/**
 * The shopper's cart as the cart page would price it (the one `quote`, for its "Deliver to" or the
 * address typed at its checkout), or why there is none to show. `estimated`: quoting failed, so
 * the figures are the lines' list prices without shipping, discounts or tax.
 */
export type CartContext =
  | { state: "none" | "empty" | "ordered" }
  | {
      state: "filled";
      lines: CartLineContext[];
      coupon: string | null;
      subtotal: Money;
      discount: Money;
      shipping: Money | null;
      tax: Money | null;
      taxIncluded: boolean;
      total: Money;
      estimated: boolean;
    };

type OrderStatus = (typeof orderTable.$inferSelect)["status"];

export interface ShopperContext {
  cart: CartContext;
  destination: Destination | null;
  /** The latest orders by the account or the email, newest first; `orderCount` counts them all. */
  orders: { number: number; placedAt: Date; status: OrderStatus; total: Money }[];
  orderCount: number;
  /** Abandoned-cart reminders sent about the cart, oldest first. */
  reminders: { step: number; channel: "email" | "push" | "sms"; sentAt: Date; clickedAt: Date | null; restoredAt: Date | null }[];
}

export interface InboxConversation {
  id: string;
  status: ConversationStatus;
  locale: string;
  email: string | null;
  assignedTo: string | null;
  page: string | null;
  startedBy: StartedBy;
  unread: number;
  createdAt: Date;
  messages: ChatMessageView[];
  context: ShopperContext;
}

/** The cart the conversation is about now: its own while active, else the account's active cart, else its own as it ended. */
async function conversationCart(db: Executor, { cartId, userId }: { cartId: string | null; userId: string | null }) {
  if (!cartId && !userId) return null;
  const [row] = await queryRows<{ id: string; userId: string | null; status: "active" | "ordered" | "merged"; destination: Destination | null }>(
    db,
    sql`select id, user_id as "userId", status, destination from carts
        where (id = ${cartId}::uuid) or (status = 'active' and user_id = ${userId})
        order by (status = 'active') desc, (id = ${cartId}::uuid) desc nulls last limit 1`,
  );
  return row ?? null;
}

async function cartContext(db: Executor, cart: Awaited<ReturnType<typeof conversationCart>>, { locale, email }: { locale: Locale; email: string | null }): Promise<{ cart: CartContext; destination: Destination | null }> {
  if (!cart) return { cart: { state: "none" }, destination: null };
  if (cart.status !== "active") return { cart: { state: "ordered" }, destination: cart.destination };
  try {
    const quoted = await quoteReminderCart(db, { cartId: cart.id, locale, email });
    if ("skip" in quoted) return { cart: { state: quoted.skip === "emptied" ? "empty" : "ordered" }, destination: cart.destination };
    const { view, quote, tax } = quoted;
    const lines = quote.lines.map((line) => {
      const named = view.lines.find((l) => l.variantId === line.variantId);
      return { variantId: line.variantId, name: named?.productName ?? "", options: named?.options ?? {}, quantity: line.quantity, unitPrice: line.unitPrice, total: line.total };
    });
    return {
      cart: {
        state: "filled",
        lines,
        coupon: quote.coupon?.applied ? quote.coupon.code : null,
        subtotal: quote.subtotal,
        discount: quote.orderDiscount,
        shipping: quote.selectedShipping?.price ?? null,
        // As the cart page says it: no figure while the destination (or its state) is not known.
        tax: tax.kind === "added" || tax.kind === "included" ? tax.amount : null,
        taxIncluded: tax.kind === "included",
        total: quote.total,
        estimated: false,
      },
      destination: quote.destination,
    };
  } catch (error) {
    // The panel still shows what is in the cart when its quote cannot be made (e.g. rules being edited).
    console.error("[inbox] quoting the shopper's cart failed:", error);
    const view = await getCartView(db, { visitorId: "", cartId: cart.id, userId: cart.userId, locale });
    if (!view || view.lines.length === 0) return { cart: { state: "empty" }, destination: cart.destination };
    const currency = view.lines[0]!.currency;
    const lines = view.lines.map((line) => ({
      variantId: line.variantId,
      name: line.productName,
      options: line.options,
      quantity: line.quantity,
      unitPrice: money(line.unitPrice, currency),
      total: money(line.unitPrice * line.quantity, currency),
    }));
    const subtotal = money(
      lines.reduce((sum, line) => sum + line.total.amount, 0),
      currency,
    );
    return {
      cart: { state: "filled", lines, coupon: view.couponCode, subtotal, discount: money(0, currency), shipping: null, tax: null, taxIncluded: false, total: subtotal, estimated: true },
      destination: cart.destination,
    };
  }
}

/** One conversation for staff: its latest messages and what the store knows of the shopper. Null for an unknown id. */
export async function loadInboxConversation(db: Executor, conversationId: string, { locale }: { locale: Locale }): Promise<InboxConversation | null> {
  if (!z.uuid().safeParse(conversationId).success) return null;
  const conversation = await loadConversation(db, conversationId);
  if (!conversation) return null;
  const [[who], latest, cart] = await Promise.all([
    queryRows<{ email: string | null }>(db, sql`select ${shopperEmail} as email from chat_conversations c ${shopperJoins} where c.id = ${conversationId}`),
    db.select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId)).orderBy(desc(chatMessages.id)).limit(shownMessages),
    conversationCart(db, conversation),
  ]);
  const email = who?.email?.trim().toLowerCase() || null;
  const cartIds = [...new Set([conversation.cartId, cart?.id].filter((id): id is string => Boolean(id)))];
  const matches = [conversation.userId ? sql`o.user_id = ${conversation.userId}` : null, email ? sql`lower(o.email) = ${email}` : null].filter((match) => match !== null);
  const byShopper = matches.length ? sql`(${sql.join(matches, sql` or `)})` : sql`false`;
  const [quoted, orders, [orderCount], reminders] = await Promise.all([
    cartContext(db, cart, { locale, email }),
    queryRows<{ number: number; placedAt: Date | string; status: OrderStatus; total: number; currency: string }>(
      db,
      sql`select o.number, o.created_at as "placedAt", o.status, o.total, o.currency from orders o where ${byShopper} order by o.created_at desc, o.number desc limit 10`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from orders o where ${byShopper}`),
    cartIds.length
      ? queryRows<{ step: number; channel: "email" | "push" | "sms"; sentAt: Date | string; clickedAt: Date | string | null; restoredAt: Date | string | null }>(
          db,
          sql`select step, channel, sent_at as "sentAt", clicked_at as "clickedAt", restored_at as "restoredAt" from recovery_messages
              where cart_id in (${sql.join(
                cartIds.map((id) => sql`${id}::uuid`),
                sql`, `,
              )}) order by sent_at, id`,
        )
      : Promise.resolve([]),
  ]);
  return {
    id: conversation.id,
    status: conversation.status,
    locale: conversation.locale,
    email,
    assignedTo: conversation.assignedTo,
    page: conversation.page,
    startedBy: conversation.startedBy,
    unread: conversation.unreadByAgent,
    createdAt: conversation.createdAt,
    messages: latest.reverse().map(messageView),
    context: {
      ...quoted,
      orders: orders.map((order) => ({ number: order.number, placedAt: toDate(order.placedAt), status: order.status, total: money(order.total, order.currency) })),
      orderCount: orderCount?.n ?? 0,
      reminders: reminders.map((r) => ({ ...r, sentAt: toDate(r.sentAt), clickedAt: r.clickedAt === null ? null : toDate(r.clickedAt), restoredAt: r.restoredAt === null ? null : toDate(r.restoredAt) })),
    },
  };
}

/** The name the shopper sees on a staff member's replies: their first name, else their email's first word. */
export async function agentNameOf(db: Executor, member: Pick<StaffMember, "id" | "email">): Promise<string> {
  const [row] = await queryRows<{ name: string | null }>(db, sql`select name from users where id = ${member.id}`);
  const first = row?.name?.trim().split(/\s+/)[0];
  if (first) return first.slice(0, 40);
  const word = member.email.split("@")[0]!.split(/[._+-]/)[0] || "Staff";
  return word.charAt(0).toUpperCase() + word.slice(1, 40);
}

export const cannedReplyKeys = ["greeting", "lookingIntoIt", "shippingTimes", "returns", "payment", "orderStatus", "anythingElse", "goodbye"] as const;

export interface CannedReply {
  key: (typeof cannedReplyKeys)[number];
  /** What staff pick it by, in the admin's language. */
  label: string;
  /** What is inserted, in the shopper's language. */
  text: string;
}

/** The canned replies in the conversation's language (the store's default for an unknown one), named in the admin's. */
export async function cannedReplies({ shopperLocale, adminLocale, agentName }: { shopperLocale: string; adminLocale: Locale; agentName: string }): Promise<CannedReply[]> {
  const [texts, labels] = await Promise.all([
    getTranslations({ locale: isLocale(shopperLocale) ? shopperLocale : defaultLocale, namespace: "admin.inbox.canned" }),
    getTranslations({ locale: adminLocale, namespace: "admin.inbox.cannedLabels" }),
  ]);
  return cannedReplyKeys.map((key) => ({ key, label: labels(key), text: texts(key, { name: agentName }) }));
}

export interface InboxPage {
  list: InboxList;
  conversation: InboxConversation | null;
  canned: CannedReply[];
  presence: { mine: "online" | "away"; online: number };
}

/** Everything the inbox page shows: the list, the open conversation with its shopper's context and canned replies, and presence. */
export async function loadInboxPage({ query, member, locale }: { query: InboxQuery; member: StaffMember; locale: Locale }): Promise<InboxPage> {
  const db = await getDb();
  const [list, conversation, mine, online, agentName] = await Promise.all([
    listInbox(db, { filter: query.status, agent: member.email }),
    query.c ? loadInboxConversation(db, query.c, { locale }) : Promise.resolve(null),
    presenceOf(db, member.email),
    agentsOnline(db),
    agentNameOf(db, member),
  ]);
  const canned = conversation ? await cannedReplies({ shopperLocale: conversation.locale, adminLocale: locale, agentName }) : [];
  return { list, conversation, canned, presence: { mine, online } };
}

/** The unread total alone, for the page's title. */
export async function inboxUnreadTotal(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(await getDb(), sql`select ${unreadSum} as n from chat_conversations`);
  return row?.n ?? 0;
}

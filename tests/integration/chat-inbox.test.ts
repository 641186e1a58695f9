import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { addShopperMessage, askForPerson, loadConversation, messagesAfter, type ChatOwner } from "@/lib/chat/conversations";
import { cannedReplies, listInbox, loadInboxConversation } from "@/lib/chat/inbox";
import { assignToMe, closeConversation, markConversationRead, presenceHeartbeat, reopenConversation, replyToConversation, setMyPresence } from "@/lib/chat/inbox-actions";
import { agentsOnline } from "@/lib/chat/presence";
import type { Locale } from "@/lib/i18n/locales";
import { GET as inboxStream } from "@/app/api/admin/inbox/stream/route";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases } from "../support/databases";
import { guestShoppers } from "../support/shoppers";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  handle: null as null | { db: Database },
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.handle!.db, databaseHandle: async () => state.handle! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));

/** The admin's words as the app merges them: admin-inbox.json under `admin`. */
function adminMessages(locale: string) {
  const inbox = JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "admin-inbox.json"), "utf8"));
  return { admin: inbox };
}
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) =>
    createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: adminMessages(locale) }),
}));

const staff = { user: { id: "inbox-staff", email: "help@example.com", role: "staff" } };
const colleague = { user: { id: "inbox-colleague", email: "ops@example.com", role: "admin" } };
const shopperSession = { user: { id: "inbox-shopper", email: "shopper@example.com", role: "shopper" } };

let n = 0;
const owner = (values: Partial<ChatOwner> = {}): ChatOwner => ({ visitorId: `00000000-0000-4000-a100-${String(++n).padStart(12, "0")}`, userId: null, cartId: null, ...values });
const reply = (conversationId: string, text: string, clientId: string = randomUUID()) => replyToConversation({ conversationId, text, clientId });

/** Reads a stream until `found` says it has what is wanted, or 5 s pass. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, found: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5_000;
  while (!found(text) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe.each(testDatabases())("the agent inbox on $name", (target) => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    state.handle = handle;
    // The process's chat hub listens on the database it first met: this one, for this run.
    delete (globalThis as { __chatHub?: unknown }).__chatHub;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  });
  beforeEach(async () => {
    await handle.db.execute(sql`delete from chat_conversations`);
    await handle.db.execute(sql`delete from chat_agents`);
    state.session = staff;
  });
  afterAll(async () => handle?.close());

  /** A shopper's conversation waiting for a person, with one message. */
  async function waiting(text = "Where is my parcel?", values: Partial<ChatOwner> = {}, locale = "uk") {
    const { conversation } = await addShopperMessage(handle.db, owner(values), { text, clientId: randomUUID(), page: "/uk/checkout", locale });
    await askForPerson(handle.db, conversation.id);
    return conversation.id;
  }

  it("lists a shopper's message as unread once they ask for a person, with the shopper's language and the last message", async () => {
    const { conversation } = await addShopperMessage(handle.db, owner(), { text: "Do you ship to Kyiv?", clientId: randomUUID(), page: "/uk/cart", locale: "uk" });
    const asBot = await listInbox(handle.db, { filter: "waiting", agent: staff.user.email });
    expect(asBot.rows).toEqual([]);
    expect(asBot.unreadTotal).toBe(0);
    expect((await listInbox(handle.db, { filter: "bot", agent: staff.user.email })).rows.map((row) => row.id)).toEqual([conversation.id]);

    await askForPerson(handle.db, conversation.id);
    const inbox = await listInbox(handle.db, { filter: "waiting", agent: staff.user.email });
    expect(inbox.rows).toEqual([
      expect.objectContaining({ id: conversation.id, status: "waiting", unread: 1, locale: "uk", email: null, assignedTo: null, last: { author: "shopper", body: "Do you ship to Kyiv?", image: false } }),
    ]);
    expect(inbox.rows[0]!.lastMessageAt).toBeInstanceOf(Date);
    expect(inbox.unreadTotal).toBe(1);
    expect(inbox.counts).toMatchObject({ active: 1, waiting: 1, open: 0, mine: 0, bot: 0, closed: 0, all: 1 });
  });

  it("a reply adds the staff member's message, assigns the conversation to them and clears its unread count; sent twice it is one", async () => {
    const id = await waiting();
    const clientId = randomUUID();
    const answered = await reply(id, "  It left our warehouse today.\nTracking follows by email.  ", clientId);
    expect(answered).toEqual({ ok: true, message: expect.objectContaining({ author: "agent", agentName: "Help", body: "It left our warehouse today.\nTracking follows by email.", imageUrl: null }) });
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "open", assignedTo: "help@example.com", unreadByAgent: 0 });
    expect(await reply(id, "It left our warehouse today.", clientId)).toMatchObject({ ok: true, message: { id: answered.ok ? answered.message.id : -1 } });
    expect((await messagesAfter(handle.db, id)).map((m) => m.author)).toEqual(["shopper", "agent"]);

    const mine = await listInbox(handle.db, { filter: "mine", agent: "help@example.com" });
    expect(mine.rows).toEqual([expect.objectContaining({ id, unread: 0, last: expect.objectContaining({ author: "agent" }) })]);
    expect(mine.unreadTotal).toBe(0);
    expect((await listInbox(handle.db, { filter: "mine", agent: "ops@example.com" })).rows).toEqual([]);
  });

  it("assign to me takes the conversation; mark read clears what was unread", async () => {
    const id = await waiting();
    state.session = colleague;
    expect(await assignToMe(id)).toEqual({ ok: true });
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "open", assignedTo: "ops@example.com", unreadByAgent: 1 });
    expect(await markConversationRead(id)).toEqual({ ok: true });
    expect(await loadConversation(handle.db, id)).toMatchObject({ unreadByAgent: 0 });
    // A colleague's reply keeps it with whoever took it.
    state.session = staff;
    expect(await reply(id, "Hello from a colleague")).toMatchObject({ ok: true });
    expect(await loadConversation(handle.db, id)).toMatchObject({ assignedTo: "ops@example.com" });
  });

  it("refuses a reply to a closed conversation until it is reopened", async () => {
    const id = await waiting();
    expect(await closeConversation(id)).toEqual({ ok: true });
    expect(await closeConversation(id)).toEqual({ ok: true });
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "closed", closedAt: expect.any(Date) });
    expect(await reply(id, "Are you still there?")).toEqual({ ok: false, problem: "closed" });
    expect((await listInbox(handle.db, { filter: "active", agent: staff.user.email })).rows).toEqual([]);
    expect((await listInbox(handle.db, { filter: "closed", agent: staff.user.email })).rows.map((row) => row.id)).toEqual([id]);

    expect(await reopenConversation(id)).toEqual({ ok: true });
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "open", closedAt: null });
    expect(await reply(id, "Are you still there?")).toMatchObject({ ok: true });
  });

  it("answers not_found for a forged or unknown conversation id, changing nothing", async () => {
    const id = await waiting();
    for (const forged of [randomUUID(), "not-a-uuid", "' or 1=1 --", ""]) {
      expect(await reply(forged, "Hello")).toEqual({ ok: false, problem: "not_found" });
      expect(await assignToMe(forged)).toEqual({ ok: false, problem: "not_found" });
      expect(await closeConversation(forged)).toEqual({ ok: false, problem: "not_found" });
      expect(await reopenConversation(forged)).toEqual({ ok: false, problem: "not_found" });
      expect(await markConversationRead(forged)).toEqual({ ok: false, problem: "not_found" });
    }
    expect(await replyToConversation({ conversationId: id, text: "Hello", clientId: "not-an-id" })).toEqual({ ok: false, problem: "client_id" });
    expect(await replyToConversation(null as never)).toEqual({ ok: false, problem: "not_found" });
    expect(await loadInboxConversation(handle.db, randomUUID(), { locale: "en" })).toBeNull();
    expect(await loadInboxConversation(handle.db, "not-a-uuid", { locale: "en" })).toBeNull();
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "waiting", assignedTo: null, unreadByAgent: 1 });
  });

  it("refuses a signed-out request and a shopper: nothing is changed, and the stream is a 404", async () => {
    const id = await waiting();
    for (const session of [null, shopperSession]) {
      state.session = session;
      const refused = { ok: false, problem: "forbidden" };
      expect(await reply(id, "I am not staff")).toEqual(refused);
      expect(await assignToMe(id)).toEqual(refused);
      expect(await closeConversation(id)).toEqual(refused);
      expect(await reopenConversation(id)).toEqual(refused);
      expect(await markConversationRead(id)).toEqual(refused);
      expect(await setMyPresence("online")).toEqual(refused);
      expect(await presenceHeartbeat()).toEqual(refused);
      const response = await inboxStream(new Request("http://localhost/api/admin/inbox/stream"));
      expect(response.status).toBe(404);
    }
    expect(await loadConversation(handle.db, id)).toMatchObject({ status: "waiting", assignedTo: null, unreadByAgent: 1 });
    expect((await messagesAfter(handle.db, id)).map((m) => m.author)).toEqual(["shopper"]);
    expect(await agentsOnline(handle.db)).toBe(0);
  });

  it("refuses an empty reply and a 50 kB one, each with its problem", async () => {
    const id = await waiting();
    expect(await reply(id, "")).toEqual({ ok: false, problem: "empty" });
    expect(await reply(id, " \n\t ")).toEqual({ ok: false, problem: "empty" });
    expect(await reply(id, "x".repeat(50_000))).toEqual({ ok: false, problem: "too_long" });
    expect(await reply(id, 42 as never)).toEqual({ ok: false, problem: "empty" });
    // Markup is text: kept as typed, shown as text by the inbox and the widget.
    expect(await reply(id, "<script>alert(1)</script>")).toMatchObject({ ok: true, message: { body: "<script>alert(1)</script>" } });
    expect((await messagesAfter(handle.db, id)).map((m) => m.author)).toEqual(["shopper", "agent"]);
  });

  it("presence: online counts while the inbox's heartbeat is heard, and not after three minutes without it", async () => {
    expect(await agentsOnline(handle.db)).toBe(0);
    expect(await setMyPresence("online")).toEqual({ ok: true, status: "online", online: 1 });
    expect(await agentsOnline(handle.db)).toBe(1);
    expect(await agentsOnline(handle.db, new Date(Date.now() + 3 * 60_000))).toBe(0);
    expect(await presenceHeartbeat()).toEqual({ ok: true });
    expect(await agentsOnline(handle.db, new Date(Date.now() + 60_000))).toBe(1);
    expect(await setMyPresence("busy" as never)).toEqual({ ok: false, problem: "status" });
    expect(await setMyPresence("away")).toEqual({ ok: true, status: "away", online: 0 });
    expect(await agentsOnline(handle.db)).toBe(0);
  });

  it("streams every conversation's change and presence to staff", async () => {
    const controller = new AbortController();
    const response = await inboxStream(new Request("http://localhost/api/admin/inbox/stream", { signal: controller.signal }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    try {
      const { conversation } = await addShopperMessage(handle.db, owner(), { text: "Hello?", clientId: randomUUID(), page: null, locale: "en" });
      expect(await readUntil(reader, (text) => text.includes(`event: change\ndata: ${conversation.id}\n`))).toContain(`event: change\ndata: ${conversation.id}\n`);
      await setMyPresence("online");
      expect(await readUntil(reader, (text) => text.includes("event: presence\n"))).toContain("event: presence\n");
    } finally {
      controller.abort();
      await reader.cancel().catch(() => {});
    }
  });

  it("shows the shopper's context: current page, cart quoted with totals, destination, past orders and reminders sent", async () => {
    const mug = await variant("stoneware-mug", { color: "navy" });
    const cart = await guestShoppers(() => handle.db, "4").withCart(mug, 2);
    await handle.db.execute(sql`update carts set destination = ${JSON.stringify({ country: "US", postalCode: "97201", region: null })}::jsonb where id = ${cart.cartId}`);
    await handle.db.execute(sql`insert into recovery_messages (cart_id, step, channel) values (${cart.cartId}, 1, 'email')`);
    await handle.db.execute(
      sql`insert into orders (idempotency_key, visitor_id, email, locale, status, payment_method, currency, subtotal, discount, shipping, tax, tax_included, total, shipping_method_id, delivery_window, shipping_address)
          values ('inbox-order-1', ${cart.visitorId}, 'Grace@Example.com', 'en', 'paid', 'card', 'USD', 1000, 0, 500, 0, false, 1500, 'standard',
            ${JSON.stringify({ from: "2030-01-01", to: "2030-01-03" })}::jsonb,
            ${JSON.stringify({ fullName: "Grace Hopper", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" })}::jsonb)`,
    );
    const { conversation } = await addShopperMessage(handle.db, { visitorId: cart.visitorId, userId: null, cartId: cart.cartId! }, { text: "Is shipping free?", clientId: randomUUID(), page: "/en/checkout", locale: "fa" });
    await handle.db.execute(sql`update chat_conversations set email = 'grace@example.com' where id = ${conversation.id}`);

    const view = (await loadInboxConversation(handle.db, conversation.id, { locale: "en" }))!;
    expect(view).toMatchObject({ id: conversation.id, status: "bot", locale: "fa", email: "grace@example.com", page: "/en/checkout", startedBy: "shopper" });
    expect(view.messages).toEqual([expect.objectContaining({ author: "shopper", body: "Is shipping free?", imageUrl: null, handOff: false })]);
    const { context } = view;
    expect(context.cart).toMatchObject({ state: "filled", estimated: false, lines: [expect.objectContaining({ variantId: mug, quantity: 2, name: "Stoneware Mug" })] });
    if (context.cart.state !== "filled") throw new Error("no cart");
    expect(context.cart.lines[0]!.total.amount).toBe(context.cart.lines[0]!.unitPrice.amount * 2);
    expect(context.cart.subtotal.amount).toBe(context.cart.lines[0]!.total.amount);
    expect(context.cart.total.amount).toBeGreaterThanOrEqual(context.cart.subtotal.amount);
    expect(context.destination).toMatchObject({ country: "US", postalCode: "97201" });
    expect(context.orders).toEqual([expect.objectContaining({ status: "paid", total: { amount: 1500, currency: "USD" } })]);
    expect(context.orderCount).toBe(1);
    expect(context.reminders).toEqual([expect.objectContaining({ step: 1, channel: "email", sentAt: expect.any(Date), clickedAt: null })]);

    // A shopper who has nothing yet: no cart, no orders, no reminders.
    const bare = (await loadInboxConversation(handle.db, await waiting("Hi"), { locale: "en" }))!.context;
    expect(bare).toEqual({ cart: { state: "none" }, destination: null, orders: [], orderCount: 0, reminders: [] });
  });

  it("offers the canned replies in the shopper's language, named in the admin's", async () => {
    const inPersian = await cannedReplies({ shopperLocale: "fa", adminLocale: "en", agentName: "Help" });
    expect(inPersian.map((c) => c.key)).toContain("greeting");
    const greeting = inPersian.find((c) => c.key === "greeting")!;
    expect(greeting.label).toBe("Greeting");
    expect(greeting.text).toBe("سلام، من Help هستم. چطور می‌توانم کمکتان کنم؟");
    expect((await cannedReplies({ shopperLocale: "xx", adminLocale: "uk", agentName: "Help" })).find((c) => c.key === "greeting")).toEqual({ key: "greeting", label: "Привітання", text: "Hi, I'm Help. How can I help you today?" });
  });
});

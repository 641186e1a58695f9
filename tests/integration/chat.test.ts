import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/rows";
import { changeLine, getCartView, setCartDestination } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { addAgentReply, addShopperMessage, attachConversationsToUser, findConversation, messagesAfter, ownConversation, setAnswerEmail, setConversationClosed, type ChatOwner } from "@/lib/chat/conversations";
import { chatChannel } from "@/lib/chat/live";
import { announcementHub, everyAnnouncement } from "@/lib/live/hub";
import { formatMoney } from "@/lib/money";
import { formatWindow } from "@/lib/pricing/format";
import { loadPricingRules } from "@/lib/pricing/queries";
import { pricingFor } from "@/lib/pricing/shopper";
import { loadPricing } from "@/db/seed/load-pricing";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { portland } from "../support/addresses";
import { openWithCatalog, type VariantLookup } from "../support/catalog";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";

vi.mock("next-intl/server", () => import("../support/next-intl-server"));
const { answerQuestion } = await import("@/lib/chat/bot-answer");
const { handleShopperMessage } = await import("@/lib/chat/send");
const { renderChatReply } = await import("@/lib/chat/reply-mail");
const { consumeLimits } = await import("@/lib/security/limits");

let n = 0;
const visitor = () => `00000000-0000-4000-c000-${String(++n).padStart(12, "0")}`;
const owner = (values: Partial<ChatOwner> = {}): ChatOwner => ({ visitorId: visitor(), userId: null, cartId: null, ...values });
const clientId = () => crypto.randomUUID();

/** Listens for `key` on `hub` (the LISTEN is in place when this resolves) and gives the first announcement it hears, within 5 s. */
async function listenFor(hub: ReturnType<typeof announcementHub>, key: string): Promise<{ heard: Promise<string> }> {
  let heard: (payload: string) => void = () => {};
  const payload = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no announcement for ${key}`)), 5_000);
    heard = (value) => {
      clearTimeout(timer);
      resolve(value);
    };
  });
  await hub.subscribe(key, (value) => heard(value));
  // Wrapped: an async function returning a bare promise would wait for it.
  return { heard: payload };
}

describe.each(testDatabases())("live help on $name", (target) => {
  let handle: TestDatabaseHandle;
  let variant: VariantLookup;
  beforeAll(async () => {
    ({ handle, variant } = await openWithCatalog(target));
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  });
  afterAll(async () => handle?.close());

  const noFacts = async () => {
    throw new Error("the bot should not be asked");
  };

  it("announces a shopper's message to the agents' stream and the agent's reply to the shopper's, and the reply is read back after the shopper's last id", async () => {
    const hub = announcementHub(handle, chatChannel);
    const shopper = owner();
    const agentHears = await listenFor(hub, everyAnnouncement);
    const first = await addShopperMessage(handle.db, shopper, { text: "Do you gift wrap?", clientId: clientId(), page: "/en/cart", locale: "en" });
    expect(await agentHears.heard).toBe(first.conversation.id);

    const shopperHears = await listenFor(hub, first.conversation.id);
    const reply = await addAgentReply(handle.db, { conversationId: first.conversation.id, agent: "ops@juniperlane.example", agentName: "Sam", text: "Yes, for $4.", clientId: clientId() });
    expect(reply).toMatchObject({ ok: true, duplicate: false });
    expect(await shopperHears.heard).toBe(first.conversation.id);
    const missed = await messagesAfter(handle.db, first.conversation.id, first.message.id);
    expect(missed.map((message) => [message.author, message.body, message.agentName])).toEqual([["agent", "Yes, for $4.", "Sam"]]);
    expect((await findConversation(handle.db, shopper))).toMatchObject({ status: "open", assignedTo: "ops@juniperlane.example", unreadByAgent: 0 });
  });

  it("resumes after the last id without losing or repeating a message, and a message sent again with its client id is one message", async () => {
    const shopper = owner();
    const ids: number[] = [];
    let conversationId = "";
    for (const text of ["one", "two", "three", "four"]) {
      const added = await addShopperMessage(handle.db, shopper, { text, clientId: clientId(), page: null, locale: "en" });
      ids.push(added.message.id);
      conversationId = added.conversation.id;
    }
    const again = clientId();
    const sent = await addShopperMessage(handle.db, shopper, { text: "five", clientId: again, page: null, locale: "en" });
    const resent = await addShopperMessage(handle.db, shopper, { text: "five", clientId: again, page: null, locale: "en" });
    expect(resent).toMatchObject({ duplicate: true, message: { id: sent.message.id } });
    const resumed = await messagesAfter(handle.db, conversationId, ids[1]);
    expect(resumed.map((message) => message.body)).toEqual(["three", "four", "five"]);
    expect((await messagesAfter(handle.db, conversationId, 0)).map((message) => message.body)).toEqual(["one", "two", "three", "four", "five"]);
  });

  it("finds a conversation by browser, account or cart, never by another shopper's forged id, and takes no reply once closed", async () => {
    const mine = owner({ cartId: null });
    const { conversation } = await addShopperMessage(handle.db, mine, { text: "Hello", clientId: clientId(), page: null, locale: "en" });
    const stranger = owner();
    expect(await ownConversation(handle.db, stranger, conversation.id)).toBeNull();
    expect(await ownConversation(handle.db, mine, conversation.id)).toMatchObject({ id: conversation.id });
    // Another device holding the cart it was about (a hand-off), or signed in to the account it joined, finds it.
    const cart = (await queryRows<{ id: string }>(handle.db, sql`insert into carts (visitor_id) values (${mine.visitorId}) returning id`))[0]!.id;
    const withCart = await addShopperMessage(handle.db, owner({ cartId: cart }), { text: "About this cart", clientId: clientId(), page: null, locale: "en" });
    expect(await findConversation(handle.db, owner({ cartId: cart }))).toMatchObject({ id: withCart.conversation.id });
    const [user] = await queryRows<{ id: string }>(handle.db, sql`insert into users (id, email) values (gen_random_uuid()::text, ${`chat.${mine.visitorId}@example.com`}) returning id`);
    await attachConversationsToUser(handle.db, { visitorId: mine.visitorId, userId: user!.id });
    expect(await findConversation(handle.db, owner({ userId: user!.id }))).toMatchObject({ id: conversation.id });
    expect(await setConversationClosed(handle.db, conversation.id, true)).toBe(true);
    expect(await addAgentReply(handle.db, { conversationId: conversation.id, agent: "ops@juniperlane.example", agentName: "Sam", text: "Still there?", clientId: clientId() })).toEqual({ ok: false, reason: "closed" });
    expect(await addAgentReply(handle.db, { conversationId: crypto.randomUUID(), agent: "ops@juniperlane.example", agentName: "Sam", text: "Hi", clientId: clientId() })).toEqual({ ok: false, reason: "not_found" });
    // Closed: the shopper's next message begins a new conversation.
    const next = await addShopperMessage(handle.db, mine, { text: "Another question", clientId: clientId(), page: null, locale: "en" });
    expect(next.conversation.id).not.toBe(conversation.id);
  });

  it("answers shipping for a German cart with the real German rate and delivery date, in the shopper's language", async () => {
    const mug = await variant("stoneware-mug", { color: "sage" });
    const visitorId = visitor();
    const added = await changeLine(handle.db, { visitorId, variantId: mug, quantity: 2, mode: "add" });
    expect(added.ok).toBe(true);
    const destination = { country: "DE", postalCode: "10115", region: null };
    await setCartDestination(handle.db, { visitorId, destination });
    const base = await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" });
    const pricing = pricingFor(base, destination, false);
    const cart = (await getCartView(handle.db, { visitorId, locale: "de" as never }))!;
    const quote = await quoteCart(handle.db, cart, pricing, { isFirstOrder: false });
    expect(quote.currency).toBe("EUR");
    const facts = { pricing, quote, userId: null, paymentMethods: ["card", "cash_on_delivery"], ipKey: "test" };
    for (const locale of ["en", "uk"] as const) {
      const answer = await answerQuestion(handle.db, locale === "en" ? "How much is shipping and when will it arrive?" : "Скільки коштує доставка і коли прибуде?", { locale, facts });
      expect(answer.source).toBe("shipping");
      for (const option of quote.shippingOptions) {
        const window = formatWindow(option.window, locale);
        expect(answer.body).toContain(option.free ? (locale === "en" ? "Free" : "Безкоштовно") : formatMoney(option.price, locale === "en" ? "en-US" : "uk-UA"));
        expect(answer.body).toContain(`${window.from} – ${window.to}`);
      }
    }
    const noCart = await answerQuestion(handle.db, "What does shipping cost?", { locale: "en", facts: { ...facts, quote: null } });
    expect(noCart.body).toBe("Add something to your cart and I’ll tell you the exact shipping price and delivery date to Germany 10115.");
  });

  it("tells an order's status only to whoever gives its number with the right email", async () => {
    const [order] = await queryRows<{ number: number }>(
      handle.db,
      sql`insert into orders (idempotency_key, visitor_id, email, locale, status, payment_method, currency, subtotal, discount, shipping, tax, tax_included, total, shipping_method_id, delivery_window, shipping_address)
          values (${crypto.randomUUID()}, ${visitor()}, 'ada@example.com', 'en', 'paid', 'card', 'USD', 5000, 0, 0, 0, false, 5000, 'us-standard', '{"from":"2026-12-01","to":"2026-12-03"}'::jsonb, ${JSON.stringify(portland)}::jsonb)
          returning number`,
    );
    const base = await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" });
    const facts = { pricing: pricingFor(base, null, true), quote: null, userId: null, paymentMethods: ["card"], ipKey: `chat-${target.name}` };
    const ask = (text: string) => answerQuestion(handle.db, text, { locale: "en", facts });
    expect((await ask("Where is my order?")).body).toContain("Send me your order number and the email");
    expect((await ask(`Status of #${order!.number}?`)).body).toContain(`Which email did you use for order ${order!.number}?`);
    expect((await ask(`${order!.number} eve@example.com`)).body).toBe(`I couldn’t find order ${order!.number} with that email. Check both against your receipt, or talk to a person.`);
    expect((await ask(`${order!.number} ADA@example.com`)).body).toBe(`Order ${order!.number}: Paid — we’re preparing it.`);
  });

  it("hands over to a person when asked or unsure, and then stops answering for the bot", async () => {
    const shopper = owner();
    const facts = async () => ({ pricing: pricingFor(await loadPricingRules(handle.db, { currency: "USD", homeCountry: "US" }), null, true), quote: null, userId: null, paymentMethods: ["card"], ipKey: "t" });
    const unsure = await handleShopperMessage(handle.db, shopper, { text: "Zorblax quintessence?", clientId: clientId(), page: null, locale: "en" }, facts);
    expect(unsure.messages[1]).toMatchObject({ author: "bot", meta: { source: "unsure", handOff: true } });
    const person = await handleShopperMessage(handle.db, shopper, { text: "I'd like to talk to a person please", clientId: clientId(), page: null, locale: "en" }, facts);
    expect(person.conversation.status).toBe("waiting");
    expect(person.messages[1]).toMatchObject({ author: "system" });
    expect((await findConversation(handle.db, shopper))).toMatchObject({ status: "waiting", unreadByAgent: 2 });
    const later = await handleShopperMessage(handle.db, shopper, { text: "Hello?", clientId: clientId(), page: null, locale: "en" }, noFacts);
    expect(later.messages).toHaveLength(1);
    expect((await findConversation(handle.db, shopper))!.unreadByAgent).toBe(3);
  });

  it("mails a person's answer, once, to the email the shopper left when nobody was online, in the shopper's language", async () => {
    const shopper = owner();
    const { conversation } = await addShopperMessage(handle.db, shopper, { text: "Ви доставляєте до Львова?", clientId: clientId(), page: null, locale: "uk" });
    await setAnswerEmail(handle.db, conversation.id, " Olena@Example.com ");
    const reply = { conversationId: conversation.id, agent: "ops@juniperlane.example", agentName: "Sam", text: "Так, за 5–8 днів.", clientId: clientId() };
    const sent = await addAgentReply(handle.db, reply);
    await addAgentReply(handle.db, reply);
    const mails = await queryRows<{ to: string; template: string; locale: string; params: { messageId: number } }>(
      handle.db,
      sql`select "to", template, locale, params from mail_outbox where template = 'chat-reply' and "to" = 'olena@example.com'`,
    );
    expect(mails).toEqual([{ to: "olena@example.com", template: "chat-reply", locale: "uk", params: { conversationId: conversation.id, messageId: sent.ok ? sent.message.id : -1 } }]);
    const rendered = await renderChatReply(handle.db, mails[0]!.params, { to: "olena@example.com", locale: "uk" });
    expect(rendered).toMatchObject({ subject: "Відповідь на ваше запитання від Juniper Lane" });
  });

  it("limits a browser to 15 messages a minute and says when to try again", async () => {
    const visitorId = visitor();
    for (let i = 0; i < 15; i++) expect(await consumeLimits(handle.db, "chatMessage", { visitor: visitorId, ip: `ip-${visitorId}` })).toEqual({ ok: true });
    const refused = await consumeLimits(handle.db, "chatMessage", { visitor: visitorId, ip: `ip-${visitorId}` });
    expect(refused).toMatchObject({ ok: false, subject: "visitor" });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it.runIf(target.name === "postgres")("shares a conversation between two app instances on PostgreSQL: a message written through one is heard and read on the other", async () => {
    const other = await handle.openAnother!();
    try {
      const hubOnOther = announcementHub(other, chatChannel);
      const shopper = owner();
      const heard = await listenFor(hubOnOther, everyAnnouncement);
      const { conversation } = await addShopperMessage(handle.db, shopper, { text: "From instance one", clientId: clientId(), page: null, locale: "en" });
      expect(await heard.heard).toBe(conversation.id);
      expect((await messagesAfter(other.db, conversation.id, 0)).map((message) => message.body)).toEqual(["From instance one"]);
      const back = await listenFor(announcementHub(handle, chatChannel), conversation.id);
      await addAgentReply(other.db, { conversationId: conversation.id, agent: "ops@juniperlane.example", agentName: "Sam", text: "From instance two", clientId: clientId() });
      expect(await back.heard).toBe(conversation.id);
    } finally {
      await other.close();
    }
  });
});

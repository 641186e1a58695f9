import "server-only";
import { and, asc, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chatConversations, chatMessages } from "@/db/schema";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/mail/send";

export type Conversation = typeof chatConversations.$inferSelect;
export type ChatMessage = typeof chatMessages.$inferSelect;
export type ConversationStatus = Conversation["status"];
export type StartedBy = Conversation["startedBy"];

/** Who a shopper's conversation belongs to: this browser, the account once signed in, the cart it was about. */
export interface ChatOwner {
  visitorId: string;
  userId: string | null;
  cartId: string | null;
}

/** How many messages one read returns at most (a reconnect after a long gap reads the rest next). */
const pageSize = 200;

/** Conversations that are the owner's: by this browser, the account (signed in) or the cart it has now. */
const ownedBy = (owner: ChatOwner) =>
  or(
    eq(chatConversations.visitorId, owner.visitorId),
    owner.userId ? eq(chatConversations.userId, owner.userId) : undefined,
    owner.cartId ? eq(chatConversations.cartId, owner.cartId) : undefined,
  );

/**
 * The shopper's current conversation, or null: the newest one not closed that belongs to the
 * account (signed in), to this browser, or to the cart it has now (so a cart handed to another
 * device brings its conversation along).
 */
export async function findConversation(db: Executor, owner: ChatOwner): Promise<Conversation | null> {
  const [found] = await db
    .select()
    .from(chatConversations)
    .where(and(ownedBy(owner), ne(chatConversations.status, "closed")))
    .orderBy(desc(chatConversations.lastMessageAt))
    .limit(1);
  return found ?? null;
}

/** A conversation the owner may read and write: theirs by browser, account or cart, and not another shopper's (a forged id finds nothing). */
export async function ownConversation(db: Executor, owner: ChatOwner, conversationId: string): Promise<Conversation | null> {
  const [found] = await db
    .select()
    .from(chatConversations)
    .where(and(eq(chatConversations.id, conversationId), ownedBy(owner)));
  return found ?? null;
}

export async function loadConversation(db: Executor, conversationId: string): Promise<Conversation | null> {
  const [found] = await db.select().from(chatConversations).where(eq(chatConversations.id, conversationId));
  return found ?? null;
}

/** The conversation's messages after `afterId` (0: from the start), oldest first: what a stream resuming at `afterId` has not seen. */
export async function messagesAfter(db: Executor, conversationId: string, afterId = 0): Promise<ChatMessage[]> {
  return db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, conversationId), gt(chatMessages.id, afterId)))
    .orderBy(asc(chatMessages.id))
    .limit(pageSize);
}

/** A conversation begun without a message yet ("Talk to a person" before writing anything), or the one the shopper has. */
export async function startConversation(db: Executor, owner: ChatOwner, { locale, page, startedBy = "shopper", now = new Date() }: { locale: string; page: string | null; startedBy?: StartedBy; now?: Date }): Promise<Conversation> {
  return db.transaction(async (tx) => {
    const existing = await findConversation(tx, owner);
    if (existing) return existing;
    const [created] = await tx.insert(chatConversations).values({ visitorId: owner.visitorId, userId: owner.userId, cartId: owner.cartId, locale, page, startedBy, createdAt: now, lastMessageAt: now }).returning();
    return created!;
  });
}

export type ShopperMessageResult = { conversation: Conversation; message: ChatMessage; duplicate: boolean };

/**
 * Adds the shopper's message to their conversation, starting one if they have none, in one
 * transaction. A message sent again with the same client id (a retry after a dropped connection)
 * is found, not added twice. Signing in or a new cart attaches them to the conversation.
 */
export async function addShopperMessage(
  db: Executor,
  owner: ChatOwner,
  { text, clientId, page, locale, image = null, startedBy = "shopper", now = new Date() }: { text: string; clientId: string; page: string | null; locale: string; image?: string | null; startedBy?: StartedBy; now?: Date },
): Promise<ShopperMessageResult> {
  return db.transaction(async (tx) => {
    const conversation =
      (await findConversation(tx, owner)) ??
      (await tx.insert(chatConversations).values({ visitorId: owner.visitorId, userId: owner.userId, cartId: owner.cartId, locale, page, startedBy, createdAt: now, lastMessageAt: now }).returning())[0];
    const [added] = await tx
      .insert(chatMessages)
      .values({ conversationId: conversation!.id, author: "shopper", body: text, image, clientId, at: now })
      .onConflictDoNothing({ target: [chatMessages.conversationId, chatMessages.clientId] })
      .returning();
    if (!added) {
      const [earlier] = await tx.select().from(chatMessages).where(and(eq(chatMessages.conversationId, conversation!.id), eq(chatMessages.clientId, clientId)));
      return { conversation: conversation!, message: earlier!, duplicate: true };
    }
    const withPerson = conversation!.status !== "bot";
    const [updated] = await tx
      .update(chatConversations)
      .set({
        lastMessageAt: now,
        page: page ?? conversation!.page,
        locale,
        userId: owner.userId ?? conversation!.userId,
        cartId: owner.cartId ?? conversation!.cartId,
        // A person counts what they have not read; the bot's conversations wait until handed over.
        unreadByAgent: withPerson ? sql`${chatConversations.unreadByAgent} + 1` : chatConversations.unreadByAgent,
      })
      .where(eq(chatConversations.id, conversation!.id))
      .returning();
    return { conversation: updated!, message: added, duplicate: false };
  });
}

/** A message from the bot or the store itself (a hand-over note), with what it drew on. */
export async function addStoreMessage(
  db: Executor,
  conversationId: string,
  { author, body, meta = null, now = new Date() }: { author: "bot" | "system"; body: string; meta?: ChatMessage["meta"]; now?: Date },
): Promise<ChatMessage> {
  const [message] = await db.insert(chatMessages).values({ conversationId, author, body, meta, at: now }).returning();
  return message!;
}

/**
 * "Talk to a person": the conversation waits for staff, with everything the shopper wrote
 * counted unread (the transcript so far is the conversation itself). Returns whether it changed.
 */
export async function askForPerson(db: Executor, conversationId: string): Promise<boolean> {
  const changed = await db
    .update(chatConversations)
    .set({
      status: "waiting",
      unreadByAgent: sql`(select count(*)::int from chat_messages m where m.conversation_id = ${conversationId} and m.author = 'shopper')`,
    })
    .where(and(eq(chatConversations.id, conversationId), eq(chatConversations.status, "bot")))
    .returning({ id: chatConversations.id });
  return changed.length > 0;
}

/** The email a person's answer goes to when nobody is online. */
export async function setAnswerEmail(db: Executor, conversationId: string, email: string): Promise<void> {
  await db.update(chatConversations).set({ email: email.trim().toLowerCase() }).where(eq(chatConversations.id, conversationId));
}

export type AgentReplyResult = { ok: true; message: ChatMessage; duplicate: boolean } | { ok: false; reason: "not_found" | "closed" };

/**
 * A staff member's reply: the conversation is theirs (if nobody had it) and open, and read; mailed
 * too where the shopper left an email. A closed conversation takes no reply (reopen it first); a
 * reply sent twice with one client id is one.
 */
export async function addAgentReply(
  db: Executor,
  { conversationId, agent, agentName, text, clientId, now = new Date() }: { conversationId: string; agent: string; agentName: string; text: string; clientId: string; now?: Date },
): Promise<AgentReplyResult> {
  return db.transaction(async (tx) => {
    const [conversation] = await tx.select().from(chatConversations).where(eq(chatConversations.id, conversationId)).for("update");
    if (!conversation) return { ok: false, reason: "not_found" };
    if (conversation.status === "closed") return { ok: false, reason: "closed" };
    const [added] = await tx
      .insert(chatMessages)
      .values({ conversationId, author: "agent", agentName, body: text, clientId, at: now })
      .onConflictDoNothing({ target: [chatMessages.conversationId, chatMessages.clientId] })
      .returning();
    if (!added) {
      const [earlier] = await tx.select().from(chatMessages).where(and(eq(chatMessages.conversationId, conversationId), eq(chatMessages.clientId, clientId)));
      return { ok: true, message: earlier!, duplicate: true };
    }
    await tx
      .update(chatConversations)
      .set({ status: "open", assignedTo: conversation.assignedTo ?? agent, unreadByAgent: 0, lastMessageAt: now })
      .where(eq(chatConversations.id, conversationId));
    // The shopper left an email to be answered at (nobody was online): the answer goes there too, once.
    if (conversation.email) {
      await queueMail(tx, {
        to: conversation.email,
        template: "chat-reply",
        locale: isLocale(conversation.locale) ? conversation.locale : defaultLocale,
        params: { conversationId, messageId: added.id },
        dedupeKey: `chat-reply:${added.id}`,
      });
    }
    return { ok: true, message: added, duplicate: false };
  });
}

/** Takes a conversation ("Assign to me"); a person now answers it. */
export async function assignConversation(db: Executor, conversationId: string, agent: string): Promise<boolean> {
  const rows = await db
    .update(chatConversations)
    .set({ assignedTo: agent, status: sql`case when ${chatConversations.status} = 'closed' then 'closed' else 'open' end` })
    .where(eq(chatConversations.id, conversationId))
    .returning({ id: chatConversations.id });
  return rows.length > 0;
}

export async function markRead(db: Executor, conversationId: string): Promise<void> {
  await db.update(chatConversations).set({ unreadByAgent: 0 }).where(and(eq(chatConversations.id, conversationId), gt(chatConversations.unreadByAgent, 0)));
}

/** Closes a conversation (the shopper's next message starts a new one); reopening puts it back with a person. */
export async function setConversationClosed(db: Executor, conversationId: string, closed: boolean, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(chatConversations)
    .set(closed ? { status: "closed", closedAt: now, unreadByAgent: 0 } : { status: "open", closedAt: null })
    .where(and(eq(chatConversations.id, conversationId), closed ? ne(chatConversations.status, "closed") : eq(chatConversations.status, "closed")))
    .returning({ id: chatConversations.id });
  return rows.length > 0;
}

/** Signing in: the browser's conversation becomes the account's too, so the shopper's other devices find it. */
export async function attachConversationsToUser(db: Executor, { visitorId, userId }: { visitorId: string; userId: string }): Promise<void> {
  await db
    .update(chatConversations)
    .set({ userId })
    .where(and(eq(chatConversations.visitorId, visitorId), isNull(chatConversations.userId), ne(chatConversations.status, "closed")));
}

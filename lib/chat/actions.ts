"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { ipKeyOf } from "@/lib/security/request-ip";
import { consumeLimits } from "@/lib/security/limits";
import { requestIsSecure } from "@/lib/visitor/request";
import { findConversation, messagesAfter, setAnswerEmail, type StartedBy } from "./conversations";
import { answerEmail, chatPage, messageProblem, shopperMessageInput } from "./input";
import { agentsOnline } from "./presence";
import { messageView, statusView } from "./present";
import { handleShopperMessage, talkToPerson as handToPerson } from "./send";
import { currentChatOwner, currentShopperFacts } from "./shopper";
import { proactiveMoments, type ChatOpenView, type ChatSendResult, type ProactiveMoment } from "./views";

/** Set when the shopper accepts a proactive offer: the conversation they then begin says what prompted it (F4). */
const helpMomentCookie = "help_moment";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : "en");
const unavailable = { ok: false, problem: "unavailable" } as const;

async function startedByOf(): Promise<StartedBy> {
  const moment = (await cookies()).get(helpMomentCookie)?.value;
  return proactiveMoments.includes(moment as ProactiveMoment) ? (moment as ProactiveMoment) : "shopper";
}

/** The widget opening: the shopper's conversation (by browser, account or cart) with its messages, and whether a person is online. */
export async function openChat(): Promise<ChatOpenView> {
  try {
    const db = await getDb();
    const owner = await currentChatOwner(db);
    const conversation = owner ? await findConversation(db, owner) : null;
    const [messages, online] = await Promise.all([conversation ? messagesAfter(db, conversation.id) : [], agentsOnline(db)]);
    return { ...statusView(conversation, online), messages: messages.map(messageView) };
  } catch (error) {
    console.error("[chat] could not open:", error);
    return { ...statusView(null, 0), messages: [] };
  }
}

/** A shopper's message (F1): validated, limited per browser and address, stored once per client id, answered by the bot while it has the conversation (F2). */
export async function sendChatMessage(input: { text: string; clientId: string; page: string | null; locale: string }): Promise<ChatSendResult> {
  const parsed = shopperMessageInput.safeParse(input);
  if (!parsed.success) return { ok: false, problem: messageProblem(parsed.error) === "too_long" ? "too_long" : "empty" };
  const locale = localeOf(input.locale);
  try {
    const db = await getDb();
    const owner = await currentChatOwner(db);
    if (!owner) return unavailable;
    const verdict = await consumeLimits(db, "chatMessage", { visitor: owner.visitorId, ip: ipKeyOf(await headers()) });
    if (!verdict.ok) return { ok: false, problem: "limited", retryAfterSeconds: verdict.retryAfterSeconds };
    const page = parsed.data.page ?? null;
    const handled = await handleShopperMessage(db, owner, { text: parsed.data.text, clientId: parsed.data.clientId, page, locale, startedBy: await startedByOf() }, () => currentShopperFacts(db, locale));
    if (handled.started) await track("chat_opened", { page: (page ?? "").slice(0, 64), startedBy: handled.conversation.startedBy }, { locale, path: page ?? undefined });
    if (handled.answer) await track("chat_bot_answer", { source: handled.answer.source, handOff: handled.answer.handOff }, { locale, path: page ?? undefined });
    return { ok: true, status: statusView(handled.conversation, await agentsOnline(db)), messages: handled.messages.map(messageView) };
  } catch (error) {
    console.error("[chat] could not send:", error);
    return unavailable;
  }
}

/** "Talk to a person" (F3): staff see the whole conversation; the note says when to expect them, or asks for an email when nobody is online. */
export async function talkToPerson(input: { locale: string; page?: string | null }): Promise<ChatSendResult> {
  // Arguments arrive as the browser sent them: null included.
  const locale = localeOf(input?.locale);
  const page = chatPage().parse(input?.page) ?? null;
  try {
    const db = await getDb();
    const owner = await currentChatOwner(db);
    if (!owner) return unavailable;
    const handed = await handToPerson(db, owner, { locale, page, startedBy: await startedByOf() });
    if (handed.note) await track("chat_handoff", { agentsOnline: handed.online }, { locale, path: page ?? undefined });
    return { ok: true, status: statusView(handed.conversation, handed.online ? 1 : 0), messages: handed.note ? [messageView(handed.note)] : [] };
  } catch (error) {
    console.error("[chat] could not hand over:", error);
    return unavailable;
  }
}

/** The email a person answers at when nobody is online. */
export async function leaveAnswerEmail(input: { email: string; locale: string }): Promise<ChatSendResult> {
  const given: unknown = input?.email;
  const email = answerEmail.safeParse(typeof given === "string" ? given.trim() : given);
  if (!email.success) return { ok: false, problem: "email" };
  try {
    const db = await getDb();
    const owner = await currentChatOwner(db);
    const conversation = owner ? await findConversation(db, owner) : null;
    if (!conversation) return unavailable;
    await setAnswerEmail(db, conversation.id, email.data);
    return { ok: true, status: statusView({ ...conversation, email: email.data.toLowerCase() }, await agentsOnline(db)), messages: [] };
  } catch (error) {
    console.error("[chat] could not save the email:", error);
    return unavailable;
  }
}

/** A proactive offer shown (F4), and whether it was taken: measured; a taken one marks the conversation it begins. */
export async function recordHelpOffer(input: { moment: ProactiveMoment; accepted: boolean; locale: string }): Promise<void> {
  const parsed = z.object({ moment: z.enum(proactiveMoments), accepted: z.boolean() }).safeParse(input);
  if (!parsed.success) return;
  if (parsed.data.accepted) {
    (await cookies()).set(helpMomentCookie, parsed.data.moment, { httpOnly: true, sameSite: "lax", secure: await requestIsSecure(), path: "/", maxAge: 30 * 60 });
  }
  await track("help_offered", parsed.data, { locale: localeOf(input.locale) });
}

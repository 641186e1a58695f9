"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { isRefusal, staffAction, type StaffMember } from "@/lib/admin/access";
import { addAgentReply, assignConversation, loadConversation, markRead, messagesAfter, setConversationClosed } from "./conversations";
import { agentNameOf } from "./inbox";
import { messageText } from "./input";
import { agentsOnline, heartbeat, setPresence } from "./presence";
import { messageView } from "./present";
import type { ChatMessageView } from "./views";

/** Why an inbox action did nothing: not staff, a reply's text or id, a closed conversation (reopen it first), an unknown one. */
export type InboxProblem = "forbidden" | "empty" | "too_long" | "client_id" | "closed" | "not_found" | "status";
export type InboxActionResult = { ok: true } | { ok: false; problem: InboxProblem };
export type InboxReplyResult = { ok: true; message: ChatMessageView } | { ok: false; problem: InboxProblem };
export type PresenceResult = { ok: true; status: "online" | "away"; online: number } | { ok: false; problem: InboxProblem };

const conversationId = z.uuid({ error: "not_found" });
const replyInput = z.object({ conversationId, text: messageText, clientId: z.uuid({ error: "client_id" }) });
const knownProblems = new Set<string>(["not_found", "empty", "too_long", "client_id"]);

/** The first problem zod found, as the inbox names it (a call not shaped like the form's is an unknown conversation). */
function problemOf(error: z.ZodError): InboxProblem {
  const message = error.issues[0]?.message ?? "";
  return knownProblems.has(message) ? (message as InboxProblem) : "not_found";
}

/** Runs `run` for the signed-in staff member with a well-formed conversation id; refused for anyone else, "not_found" for a forged id. */
async function onConversation(id: unknown, run: (member: StaffMember, conversationId: string) => Promise<InboxActionResult>): Promise<InboxActionResult> {
  const member = await staffAction();
  if (isRefusal(member)) return { ok: false, problem: "forbidden" };
  const parsed = conversationId.safeParse(id);
  if (!parsed.success) return { ok: false, problem: "not_found" };
  const result = await run(member, parsed.data);
  if (result.ok) refresh();
  return result;
}

/**
 * A staff member's reply, seen by the shopper at once: the conversation becomes theirs if nobody
 * had it, and read. The same `clientId` sent again (a retry) is one reply. A closed conversation
 * takes none: reopen it first.
 */
export async function replyToConversation(input: { conversationId: string; text: string; clientId: string }): Promise<InboxReplyResult> {
  const member = await staffAction();
  if (isRefusal(member)) return { ok: false, problem: "forbidden" };
  const parsed = replyInput.safeParse(input);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error) };
  const db = await getDb();
  const result = await addAgentReply(db, { ...parsed.data, agent: member.email, agentName: await agentNameOf(db, member) });
  if (!result.ok) return { ok: false, problem: result.reason };
  refresh();
  return { ok: true, message: messageView(result.message) };
}

/** The open conversation's messages after the last one the inbox shows: what a live announcement brought, at once. */
export async function messagesSince(input: { conversationId: string; afterId: number }): Promise<ChatMessageView[]> {
  const member = await staffAction();
  const parsed = z.object({ conversationId, afterId: z.number().int().min(0) }).safeParse(input);
  if (isRefusal(member) || !parsed.success) return [];
  return (await messagesAfter(await getDb(), parsed.data.conversationId, parsed.data.afterId)).map(messageView);
}

/** "Assign to me": the staff member answers this conversation from now on. */
export async function assignToMe(id: string): Promise<InboxActionResult> {
  return onConversation(id, async (member, conversation) => ((await assignConversation(await getDb(), conversation, member.email)) ? { ok: true } : { ok: false, problem: "not_found" }));
}

/** Closes or reopens: done again, it is already so (not a problem); an unknown conversation is. */
async function setClosed(id: unknown, closed: boolean): Promise<InboxActionResult> {
  return onConversation(id, async (_member, conversation) => {
    const db = await getDb();
    if (await setConversationClosed(db, conversation, closed)) return { ok: true };
    return (await loadConversation(db, conversation)) ? { ok: true } : { ok: false, problem: "not_found" };
  });
}

/** Closes the conversation: the shopper's next message starts a new one. */
export async function closeConversation(id: string): Promise<InboxActionResult> {
  return setClosed(id, true);
}

/** Reopens a closed conversation, with a person, so it can be answered again. */
export async function reopenConversation(id: string): Promise<InboxActionResult> {
  return setClosed(id, false);
}

/** The staff member has read the conversation (open on screen): its unread count goes back to zero. */
export async function markConversationRead(id: string): Promise<InboxActionResult> {
  return onConversation(id, async (_member, conversation) => {
    const db = await getDb();
    if (!(await loadConversation(db, conversation))) return { ok: false, problem: "not_found" };
    await markRead(db, conversation);
    return { ok: true };
  });
}

/** Online or away: what the shoppers' widget promises (a person now, or an answer by email). */
export async function setMyPresence(status: "online" | "away"): Promise<PresenceResult> {
  const member = await staffAction();
  if (isRefusal(member)) return { ok: false, problem: "forbidden" };
  const parsed = z.enum(["online", "away"]).safeParse(status);
  if (!parsed.success) return { ok: false, problem: "status" };
  const db = await getDb();
  await setPresence(db, member.email, parsed.data);
  refresh();
  return { ok: true, status: parsed.data, online: await agentsOnline(db) };
}

/** The open inbox says its staff member is still there (every 30 s); without it they count as away after two minutes. */
export async function presenceHeartbeat(): Promise<InboxActionResult> {
  const member = await staffAction();
  if (isRefusal(member)) return { ok: false, problem: "forbidden" };
  await heartbeat(await getDb(), member.email);
  return { ok: true };
}

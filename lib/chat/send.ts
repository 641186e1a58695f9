import "server-only";
import { getTranslations } from "next-intl/server";
import type { Executor } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { answerQuestion, type BotAnswer, type ShopperFacts } from "./bot-answer";
import { addShopperMessage, addStoreMessage, askForPerson, startConversation, type ChatMessage, type ChatOwner, type Conversation, type StartedBy } from "./conversations";
import { agentsOnline } from "./presence";

export interface HandledMessage {
  conversation: Conversation;
  /** The shopper's message and what answered it (the bot, or the note that a person was asked for). */
  messages: ChatMessage[];
  duplicate: boolean;
  /** The first message of a new conversation. */
  started: boolean;
  answer: BotAnswer | null;
}

/**
 * A shopper's message: stored (once per client id), then, while the bot has the conversation,
 * answered by the bot in the shopper's language; asking for a person hands it over at once. With
 * a person on it, the message simply waits for them (the inbox hears of it).
 */
export async function handleShopperMessage(
  db: Executor,
  owner: ChatOwner,
  input: { text: string; clientId: string; page: string | null; locale: Locale; image?: string | null; startedBy?: StartedBy },
  facts: () => Promise<ShopperFacts>,
  now = new Date(),
): Promise<HandledMessage> {
  const added = await addShopperMessage(db, owner, { ...input, now });
  const started = !added.duplicate && added.conversation.createdAt.getTime() === added.message.at.getTime();
  if (added.duplicate || added.conversation.status !== "bot") return { conversation: added.conversation, messages: [added.message], duplicate: added.duplicate, started, answer: null };
  // An image alone asks nothing the bot can answer: a person looks at it.
  const answer = input.text.trim() ? await answerQuestion(db, input.text, { locale: input.locale, facts: await facts() }) : null;
  if (!answer || answer.source === "person") {
    const handed = await handOver(db, added.conversation, input.locale);
    return { conversation: handed.conversation, messages: [added.message, handed.note], duplicate: false, started, answer };
  }
  const reply = await addStoreMessage(db, added.conversation.id, { author: "bot", body: answer.body, meta: { source: answer.source, handOff: answer.handOff } });
  return { conversation: added.conversation, messages: [added.message, reply], duplicate: false, started, answer };
}

/**
 * "Talk to a person": the conversation (begun now if there is none) waits for staff, and a note
 * says when to expect an answer, or, with nobody online, asks for an email to answer by mail.
 */
export async function talkToPerson(db: Executor, owner: ChatOwner, { locale, page, startedBy }: { locale: Locale; page: string | null; startedBy?: StartedBy }) {
  const conversation = await startConversation(db, owner, { locale, page, startedBy });
  if (conversation.status !== "bot") return { conversation, note: null, online: (await agentsOnline(db)) > 0 };
  return handOver(db, conversation, locale);
}

async function handOver(db: Executor, conversation: Conversation, locale: Locale) {
  await askForPerson(db, conversation.id);
  const online = (await agentsOnline(db)) > 0;
  const t = await getTranslations({ locale, namespace: "chatBot" });
  const body = online ? t("handedOver", { minutes: store.liveHelp.typicalReplyMinutes }) : t("handedOverOffline");
  const note = await addStoreMessage(db, conversation.id, { author: "system", body, meta: { source: online ? "handed_over" : "handed_over_offline" } });
  return { conversation: { ...conversation, status: "waiting" as const }, note, online };
}

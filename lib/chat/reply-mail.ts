import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { chatMessages } from "@/db/schema";
import { env } from "@/lib/env";
import type { MailRenderer } from "@/lib/mail/send";
import { ChatReply, chatReplySubject } from "@/lib/mail/templates/chat-reply";
import { mailTranslator } from "@/lib/mail/translator";

const replyParams = z.object({ conversationId: z.uuid(), messageId: z.number().int().positive() });

/** A person's chat reply by mail, in the shopper's language, with a link back to the store where the conversation goes on. */
export const renderChatReply: MailRenderer = async (db, params, { locale }) => {
  const parsed = replyParams.safeParse(params);
  if (!parsed.success) return { skip: "malformed" };
  const [message] = await db
    .select({ body: chatMessages.body, agentName: chatMessages.agentName })
    .from(chatMessages)
    .where(and(eq(chatMessages.id, parsed.data.messageId), eq(chatMessages.conversationId, parsed.data.conversationId)));
  if (!message) return { skip: "gone" };
  const translator = await mailTranslator(locale);
  return {
    subject: chatReplySubject(translator.t),
    body: ChatReply({ ...translator, agent: message.agentName ?? translator.t("chatReplyTeam"), reply: message.body, url: new URL(`/${locale}`, env.SITE_URL).toString() }),
  };
};

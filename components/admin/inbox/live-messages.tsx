"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { lastMessageId, mergeMessages } from "@/components/chat/chat-messages";
import { messagesSince } from "@/lib/chat/inbox-actions";
import type { ChatMessageView } from "@/lib/chat/views";
import { InboxTime } from "./inbox-time";
import { MessageLog } from "./message-log";

/** The window event InboxLive sends for each announcement it hears (detail: the conversation id). */
export const conversationChanged = "inbox:conversation-changed";

function Message({ message }: { message: ChatMessageView }) {
  const t = useTranslations("admin.inbox");
  const fromShopper = message.author === "shopper";
  const author = message.author === "agent" && message.agentName ? t("agentNamed", { name: message.agentName }) : t(`authors.${message.author}`);
  return (
    <li className={`w-fit max-w-[85%] rounded-lg p-3 ${fromShopper ? "me-auto border border-line bg-canvas" : "ms-auto bg-brand-soft"}`}>
      <p className="text-xs text-muted">
        <span className="font-semibold text-ink">{author}</span> · <InboxTime iso={message.at} />
      </p>
      {/* Plain text, as typed: React escapes it, and line breaks are kept. */}
      {message.body ? (
        <p className="whitespace-pre-wrap wrap-anywhere" dir="auto">
          {message.body}
        </p>
      ) : null}
      {message.imageUrl ? (
        <a href={message.imageUrl} target="_blank" rel="noopener noreferrer" className="mt-2 block w-fit">
          {/* eslint-disable-next-line @next/next/no-img-element -- a shopper's upload, already small WebP; may be on the bucket's host */}
          <img src={message.imageUrl} alt={t("imageAlt")} loading="lazy" className="max-h-64 rounded-md border border-line" />
        </a>
      ) : null}
      {message.handOff ? <p className="mt-1 text-xs text-muted">{t("handOff")}</p> : null}
    </li>
  );
}

/**
 * The open conversation's messages, live: an announcement for this conversation fetches what is
 * new at once (the page's refresh, which follows, brings the rest of the inbox). Messages are
 * merged by id as in the shopper's widget, so one arriving both ways shows once.
 */
export function LiveMessages({ conversationId, messages }: { conversationId: string; messages: ChatMessageView[] }) {
  const t = useTranslations("admin.inbox");
  const [arrived, setArrived] = useState<ChatMessageView[]>([]);
  const shown = mergeMessages(messages, arrived);
  const lastId = lastMessageId(shown);

  useEffect(() => {
    let cancelled = false;
    const fetchNew = async (event: Event) => {
      if ((event as CustomEvent<string>).detail !== conversationId) return;
      const fresh = await messagesSince({ conversationId, afterId: lastId }).catch(() => []);
      if (!cancelled && fresh.length) setArrived((previous) => [...previous, ...fresh]);
    };
    window.addEventListener(conversationChanged, fetchNew);
    return () => {
      cancelled = true;
      window.removeEventListener(conversationChanged, fetchNew);
    };
  }, [conversationId, lastId]);

  return (
    <MessageLog label={t("messagesLabel")} count={shown.length}>
      {shown.length ? (
        <ol className="flex flex-col gap-2">
          {shown.map((message) => (
            <Message key={message.id} message={message} />
          ))}
        </ol>
      ) : (
        <p className="text-muted">{t("noMessages")}</p>
      )}
    </MessageLog>
  );
}

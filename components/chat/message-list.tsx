"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ChatMessageView } from "@/lib/chat/views";
import { localeTags } from "@/lib/i18n/locales";

/** Only the store's own addresses are shown as images or links: a relative path or the bucket's http(s) URL. */
const safeUrl = (url: string | null) => (url && /^(https?:\/\/|\/(?!\/))/.test(url) ? url : null);

/** A message's time in the browser's own zone; a day other than today is named too. */
function useMessageTime() {
  const tag = localeTags[useLocale()];
  const clock = new Intl.DateTimeFormat(tag, { hour: "numeric", minute: "2-digit" });
  const dayAndClock = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
  const today = new Date().toDateString();
  return (at: string) => {
    const date = new Date(at);
    return date.toDateString() === today ? clock.format(date) : dayAndClock.format(date);
  };
}

/**
 * The conversation as a log screen readers follow (new messages are read out, politely): who wrote
 * each message and when, its text as plain text, its image. The bot's latest answer that offers a
 * person carries "Talk to a person" (`handOff`), while the bot still has the conversation.
 */
export function MessageList({
  messages,
  storeName,
  handOff,
}: {
  messages: ChatMessageView[];
  storeName: string;
  handOff: { offered: boolean; pending: boolean; onPress: () => void };
}) {
  const t = useTranslations("chat");
  const time = useMessageTime();
  const log = useRef<HTMLDivElement>(null);
  const handOffId = handOff.offered ? messages.findLast((message) => message.author === "bot" && message.handOff)?.id : undefined;

  // The newest message in view, as in any chat.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [messages.length]);

  const author = (message: ChatMessageView) => {
    if (message.author === "shopper") return t("authors.you");
    if (message.author === "agent") return message.agentName ?? t("authors.agent", { storeName });
    if (message.author === "bot") return t("authors.bot", { storeName });
    return t("authors.system");
  };

  return (
    // Focusable so keyboard users can scroll it when it holds only text.
    <div ref={log} role="log" aria-live="polite" aria-label={t("panel.conversation")} tabIndex={0} className="min-h-40 flex-1 overflow-y-auto px-4 py-3">
      {messages.length === 0 ? <p className="text-sm text-muted">{t("panel.empty")}</p> : null}
      <ol className="space-y-3">
        {messages.map((message) => {
          const image = safeUrl(message.imageUrl);
          const mine = message.author === "shopper";
          return (
            <li key={message.id} className={mine ? "ms-8" : message.author === "system" ? "" : "me-8"}>
              <p className={mine ? "text-end text-xs text-muted" : "text-xs text-muted"}>
                <span className="font-semibold text-ink">{author(message)}</span> · <time dateTime={message.at}>{time(message.at)}</time>
              </p>
              <div
                className={
                  message.author === "system"
                    ? "text-sm text-muted italic"
                    : `mt-1 rounded-lg px-3 py-2 ${mine ? "bg-brand-soft" : "border border-line bg-white"}`
                }
              >
                {message.body ? <p className="whitespace-pre-wrap wrap-anywhere">{message.body}</p> : null}
                {image ? (
                  <a href={image} target="_blank" rel="noopener noreferrer" aria-label={t("image.open")} className="mt-1 block">
                    {/* eslint-disable-next-line @next/next/no-img-element -- an upload of any size, from /media or the bucket, shown small in a lazily loaded panel */}
                    <img src={image} alt={t("image.alt")} loading="lazy" className="max-h-48 max-w-full rounded-md" />
                  </a>
                ) : null}
              </div>
              {message.id === handOffId ? (
                <button type="button" onClick={handOff.onPress} aria-disabled={handOff.pending || undefined} className="btn-secondary mt-2">
                  {t("handOff")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

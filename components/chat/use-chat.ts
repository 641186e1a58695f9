"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { openChat } from "@/lib/chat/actions";
import type { ChatImageResult, ChatMessageView, ChatSendResult, ChatStatusView } from "@/lib/chat/views";
import { lastMessageId, mergeMessages } from "./chat-messages";

/** What a shopper's action or upload answered, with the server's trouble (or none reached) as "unavailable". */
export type ChatAnswer = ChatSendResult | ChatImageResult;

const unavailable = { ok: false, problem: "unavailable" } as const;
/** How long to wait before opening the stream again after the server refused it, doubling up to a minute. */
const reconnectMs = { first: 3_000, most: 60_000 };

function parse<T>(data: unknown): T | null {
  try {
    return typeof data === "string" ? (JSON.parse(data) as T) : null;
  } catch {
    return null;
  }
}

/**
 * The open panel's conversation: loaded with `openChat` (so it survives reloads and page changes),
 * then kept live over the stream (GET /api/chat/stream) while the panel is open. A dropped stream
 * resumes after the last message held; messages are kept once each, by id.
 */
export function useChat() {
  const [status, setStatus] = useState<ChatStatusView | null>(null);
  const [messages, setMessages] = useState<ChatMessageView[]>([]);
  const [loadFailed, setLoadFailed] = useState(false);
  const [connected, setConnected] = useState(true);
  const lastId = useRef(0);

  useEffect(() => {
    lastId.current = lastMessageId(messages);
  }, [messages]);

  const receive = useCallback((incoming: ChatMessageView[]) => setMessages((held) => mergeMessages(held, incoming)), []);

  // Loaded when the panel opens, and again on "Try again" (a new attempt).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    openChat().then(
      ({ messages: initial, ...view }) => {
        if (!current) return;
        setStatus(view);
        receive(initial);
      },
      // Not reached (offline, a new deployment): the panel says so and offers to try again.
      () => current && setLoadFailed(true),
    );
    return () => {
      current = false;
    };
  }, [receive, attempt]);

  const reload = () => {
    setLoadFailed(false);
    setAttempt((n) => n + 1);
  };

  // The stream follows a conversation: it opens once there is one (loaded, or begun by the first message).
  const conversationId = status?.conversationId ?? null;
  useEffect(() => {
    if (!conversationId) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let wait = reconnectMs.first;
    const connect = () => {
      // The browser's own reconnection also sends Last-Event-ID; a new stream starts after the last message held.
      source = new EventSource(`/api/chat/stream?after=${lastId.current}`);
      source.addEventListener("open", () => {
        wait = reconnectMs.first;
        setConnected(true);
      });
      source.addEventListener("message", (event) => {
        const message = parse<ChatMessageView>(event.data);
        if (message && typeof message.id === "number") receive([message]);
      });
      source.addEventListener("status", (event) => {
        const next = parse<ChatStatusView>((event as MessageEvent).data);
        if (next) setStatus(next);
      });
      source.addEventListener("error", () => {
        setConnected(false);
        // Closed for good (an error answer): open a new one; otherwise the browser is already retrying.
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(connect, wait);
        wait = Math.min(wait * 2, reconnectMs.most);
      });
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
      setConnected(true);
    };
  }, [conversationId, receive]);

  /** Runs a shopper's action; its messages and status join what the panel shows. */
  const act = useCallback(
    async (action: () => Promise<ChatAnswer>): Promise<ChatAnswer> => {
      try {
        const answer = await action();
        if (answer.ok) {
          setStatus(answer.status);
          receive(answer.messages);
        }
        return answer;
      } catch {
        // The action never reached the server, or it failed: the shopper's text stays where it is.
        return unavailable;
      }
    },
    [receive],
  );

  return { status, messages, loadFailed, reload, connected, act };
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { leaveAnswerEmail, sendChatMessage, talkToPerson } from "@/lib/chat/actions";
import type { ChatImageResult } from "@/lib/chat/views";
import { Link } from "@/lib/i18n/navigation";
import { AnswerEmail, focusAnswerEmail } from "./answer-email";
import { ChatComposer } from "./chat-composer";
import { ImageAttach } from "./image-attach";
import { MessageList } from "./message-list";
import type { ChatProblem } from "./problem-text";
import { useChat } from "./use-chat";

export interface ChatPanelProps {
  storeName: string;
  /** The support hours as the locale writes them, with the time zone (lib/store/hours.ts). */
  hours: string;
  typicalReplyMinutes: number;
  /** The longest message the server takes (lib/chat/input.ts). */
  maxLength: number;
  /** Opened by the shopper (focus moves in), not brought back by a reload (focus stays put). */
  focusOnOpen: boolean;
  onClose: () => void;
}

/** The page the shopper writes from, for the agent's context. */
const currentPage = () => location.pathname.slice(0, 300);

/** The upload (POST /api/chat/images); an answer that is not the route's JSON says what it can. */
async function uploadImage(file: File, clientId: string, locale: string): Promise<ChatImageResult> {
  const form = new FormData();
  form.set("image", file);
  form.set("clientId", clientId);
  form.set("page", currentPage());
  form.set("locale", locale);
  const response = await fetch("/api/chat/images", { method: "POST", body: form });
  try {
    return (await response.json()) as ChatImageResult;
  } catch {
    return { ok: false, problem: response.status === 413 ? "too_large" : "unavailable" };
  }
}

/**
 * Live help (F1), loaded only when the shopper opens it: a non-modal side panel (Esc closes it)
 * with the support hours and, while a person is online, the typical reply time — or, once the
 * conversation waits for a person and nobody is online, a field for the email they answer at;
 * the conversation, live; the composer with an image attachment; the FAQ.
 */
export default function ChatPanel({ storeName, hours, typicalReplyMinutes, maxLength, focusOnOpen, onClose }: ChatPanelProps) {
  const t = useTranslations("chat");
  const locale = useLocale();
  const { status, messages, loadFailed, reload, connected, act } = useChat();
  const [problem, setProblem] = useState<ChatProblem | null>(null);
  const [handing, setHanding] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Set while "Talk to a person" is answered: its button is gone by then, so focus moves on to the
  // email field (nobody online) or the message.
  const handOffAsked = useRef(false);

  useEffect(() => {
    if (!focusOnOpen) return;
    // Straight to the message with a keyboard or mouse; a phone's keyboard would hide the panel's top, so the heading there.
    if (matchMedia("(pointer: fine)").matches) textarea.current?.focus();
    else heading.current?.focus();
  }, [focusOnOpen]);

  useEffect(() => {
    if (!handOffAsked.current || !status || status.status === "bot") return;
    handOffAsked.current = false;
    if (status.agentsOnline || !focusAnswerEmail()) textarea.current?.focus();
  }, [status]);

  const askForPerson = async () => {
    if (handing) return;
    setHanding(true);
    handOffAsked.current = true;
    const answer = await act(() => talkToPerson({ locale, page: currentPage() }));
    setHanding(false);
    if (answer.ok) return setProblem(null);
    handOffAsked.current = false;
    setProblem(answer);
    textarea.current?.focus();
  };

  const waitingForPerson = status !== null && (status.status === "waiting" || status.status === "open");
  return (
    <div
      id="chat-panel"
      role="dialog"
      aria-labelledby="chat-panel-title"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.nativeEvent.isComposing) return;
        event.stopPropagation();
        onClose();
      }}
      className="pointer-events-auto mb-3 flex h-[40rem] min-h-0 w-[min(26rem,calc(100vw-2rem))] shrink flex-col overflow-y-auto rounded-xl border border-line bg-white text-ink shadow-2xl"
    >
      <header className="flex items-start gap-2 border-b border-line px-4 py-3">
        <div className="min-w-0 flex-1 space-y-1 text-sm">
          <h2 ref={heading} id="chat-panel-title" tabIndex={-1} className="text-lg font-bold focus:outline-none">
            {t("panel.title", { storeName })}
          </h2>
          {status?.agentsOnline ? (
            <p className="font-medium text-ok">
              {t("panel.online")} {t("panel.replyTime", { minutes: typicalReplyMinutes })}
            </p>
          ) : status ? (
            <p>{t("panel.offline")}</p>
          ) : null}
          <p className="text-muted">{t("panel.hours", { hours })}</p>
          <p>
            <Link href="/faq" prefetch={false} className="inline-flex min-h-11 items-center text-brand underline">
              {t("panel.faq")}
            </Link>
          </p>
        </div>
        <button type="button" onClick={onClose} aria-label={t("panel.close")} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md hover:bg-brand-soft">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
          </svg>
        </button>
      </header>

      {loadFailed ? (
        <div className="flex-1 space-y-2 px-4 py-3">
          <p role="alert">{t("panel.loadFailed")}</p>
          <button type="button" onClick={reload} className="btn-secondary">
            {t("panel.retry")}
          </button>
        </div>
      ) : status === null ? (
        <p aria-busy="true" className="flex-1 px-4 py-3 text-muted">
          {t("panel.loading")}
        </p>
      ) : (
        <MessageList messages={messages} storeName={storeName} handOff={{ offered: status.status === "bot", pending: handing, onPress: () => void askForPerson() }} />
      )}
      {status?.status === "closed" ? <p className="px-4 pb-2 text-sm text-muted">{t("panel.closed")}</p> : null}
      {!connected && status?.status !== "closed" ? (
        <p role="status" className="px-4 pb-2 text-xs text-muted">
          {t("panel.reconnecting")}
        </p>
      ) : null}

      {waitingForPerson && !status.agentsOnline ? (
        <AnswerEmail email={status.email} maxLength={maxLength} save={(email) => act(() => leaveAnswerEmail({ email, locale }))} />
      ) : null}
      <ChatComposer
        maxLength={maxLength}
        textarea={textarea}
        problem={problem}
        onProblem={setProblem}
        send={(text, clientId) => act(() => sendChatMessage({ text, clientId, page: currentPage(), locale }))}
        attach={<ImageAttach maxLength={maxLength} upload={(file, clientId) => act(() => uploadImage(file, clientId, locale))} />}
      />
    </div>
  );
}

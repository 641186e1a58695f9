"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import type { ChatAnswer } from "./use-chat";
import { newClientId } from "./client-id";
import { useProblemText, type ChatProblem } from "./problem-text";
import { savedDraft, saveDraft } from "./visit-memory";

/** The counter shows once this few characters are left. */
const counterFrom = 200;

/**
 * Where the shopper writes: Enter sends, Shift+Enter starts a new line. What is typed is kept
 * through every problem (and in the tab's storage, so closing the panel or a reload keeps it);
 * a message sent again after a failure keeps its client id, so it is never stored twice.
 */
export function ChatComposer({
  maxLength,
  send,
  problem,
  onProblem,
  textarea,
  attach,
}: {
  maxLength: number;
  send: (text: string, clientId: string) => Promise<ChatAnswer>;
  /** The panel's last problem for the composer (also "Talk to a person"'s). */
  problem: ChatProblem | null;
  onProblem: (problem: ChatProblem | null) => void;
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  /** The image attachment, beside the Send button. */
  attach: ReactNode;
}) {
  const t = useTranslations("chat.composer");
  const problemText = useProblemText(maxLength);
  const [text, setText] = useState(savedDraft);
  const [pending, setPending] = useState(false);
  // The id of the last attempt and its text: the same text sent again is the same message.
  const attempt = useRef<{ text: string; id: string } | null>(null);
  const length = text.trim().length;
  const left = maxLength - length;

  // What is typed now, which may have grown while a message was on its way.
  const typed = useRef(text);
  const change = (value: string) => {
    typed.current = value;
    setText(value);
    saveDraft(value);
    if (problem?.problem === "empty" && value.trim()) onProblem(null);
  };

  const submit = async () => {
    if (pending) return;
    if (length === 0) return onProblem({ problem: "empty" });
    if (left < 0) return onProblem({ problem: "too_long" });
    const id = attempt.current?.text === text ? attempt.current.id : newClientId();
    attempt.current = { text, id };
    setPending(true);
    const answer = await send(text, id);
    setPending(false);
    if (!answer.ok) return onProblem(answer);
    onProblem(null);
    attempt.current = null;
    if (typed.current === text) change("");
  };

  const described = ["chat-composer-hint", left < counterFrom ? "chat-composer-count" : null, problem ? "chat-composer-error" : null].filter(Boolean).join(" ");
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="space-y-2 border-t border-line px-4 py-3"
    >
      <label htmlFor="chat-message" className="block font-medium">
        {t("label")}
      </label>
      <textarea
        ref={textarea}
        id="chat-message"
        name="message"
        rows={3}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          // Enter sends; Shift+Enter is a new line; Enter that picks a word of an input method is neither.
          if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
          event.preventDefault();
          void submit();
        }}
        aria-invalid={problem && problem.problem !== "unavailable" && problem.problem !== "limited" ? true : undefined}
        aria-describedby={described}
        className="field max-h-40 min-h-20 resize-y"
      />
      <p id="chat-composer-hint" className="text-xs text-muted">
        {t("hint")}
      </p>
      {left < counterFrom ? (
        <p id="chat-composer-count" className={`text-sm ${left < 0 ? "font-semibold text-sale" : "text-muted"}`}>
          {left < 0 ? t("over", { count: -left }) : t("left", { count: left })}
        </p>
      ) : null}
      {problem ? (
        <p id="chat-composer-error" role="alert" className="text-sm text-sale">
          {problemText(problem, "message")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-2">
        {attach}
        <button type="submit" aria-disabled={pending || undefined} className="btn-primary">
          {t("send")}
        </button>
      </div>
      <p aria-live="polite" className="sr-only">
        {pending ? t("sending") : ""}
      </p>
    </form>
  );
}

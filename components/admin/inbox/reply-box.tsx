"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import type { CannedReply } from "@/lib/chat/inbox";
import { replyToConversation, type InboxProblem } from "@/lib/chat/inbox-actions";
import { maxMessageLength } from "@/lib/chat/input";

/** A v4 UUID for the reply being sent (crypto.randomUUID needs a secure context; getRandomValues does not). */
function newClientId(): string {
  if (typeof crypto.randomUUID === "function" && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The reply box: Enter sends, Shift+Enter is a new line; canned replies (in the shopper's
 * language) are inserted for editing, never sent by themselves. A reply sent again after a failure
 * keeps its id, so the shopper never gets it twice; a problem is named under the box.
 */
export function ReplyBox({ conversationId, canned, cannedNote }: { conversationId: string; canned: CannedReply[]; cannedNote: string }) {
  const t = useTranslations("admin.inbox");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<InboxProblem | "failed" | null>(null);
  const [pending, startTransition] = useTransition();
  const clientId = useRef<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const send = () => {
    if (pending) return;
    clientId.current ??= newClientId();
    const input = { conversationId, text, clientId: clientId.current };
    startTransition(async () => {
      try {
        const result = await replyToConversation(input);
        if (result.ok) {
          setText("");
          clientId.current = null;
          setProblem(null);
        } else setProblem(result.problem);
      } catch {
        setProblem("failed");
      }
    });
  };

  const write = (next: string) => {
    setText(next);
    clientId.current = null;
    if (problem === "empty" || problem === "too_long") setProblem(null);
  };

  const insert = (key: string) => {
    const reply = canned.find((c) => c.key === key);
    if (!reply) return;
    write(text.trim() ? `${text.trimEnd()}\n${reply.text}` : reply.text);
    requestAnimationFrame(() => {
      const area = box.current;
      if (!area) return;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      className="space-y-3"
      noValidate
    >
      {canned.length ? (
        <div className="space-y-1">
          <label htmlFor="inbox-canned" className="block text-sm font-medium">
            {t("cannedReplies")}
          </label>
          <select
            id="inbox-canned"
            value=""
            onChange={(event) => insert(event.target.value)}
            aria-describedby="inbox-canned-note"
            className="field"
          >
            <option value="">{t("cannedChoose")}</option>
            {canned.map((reply) => (
              <option key={reply.key} value={reply.key}>
                {reply.label}
              </option>
            ))}
          </select>
          <p id="inbox-canned-note" className="text-sm text-muted">
            {cannedNote}
          </p>
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="inbox-reply" className="block font-medium">
          {t("reply")}
        </label>
        <textarea
          ref={box}
          id="inbox-reply"
          name="reply"
          rows={3}
          dir="auto"
          value={text}
          onChange={(event) => write(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            send();
          }}
          aria-invalid={problem === "empty" || problem === "too_long" ? true : undefined}
          aria-describedby={problem ? "inbox-reply-hint inbox-reply-problem" : "inbox-reply-hint"}
          className="field min-h-24 resize-y"
        />
        <p id="inbox-reply-hint" className="text-sm text-muted">
          {t("replyHint")}
        </p>
        {problem ? (
          <p id="inbox-reply-problem" role="alert" className="text-sm text-sale">
            {t(`problems.${problem}`, { max: maxMessageLength })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="btn-primary">
          {t("send")}
        </button>
        <span role="status" className="text-sm text-muted">
          {pending ? t("sending") : ""}
        </span>
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { assignToMe, closeConversation, reopenConversation, type InboxActionResult, type InboxProblem } from "@/lib/chat/inbox-actions";
import type { ConversationStatus } from "@/lib/chat/conversations";

type Step = "assign" | "close" | "reopen";
const run: Record<Step, (id: string) => Promise<InboxActionResult>> = { assign: assignToMe, close: closeConversation, reopen: reopenConversation };

/**
 * "Assign to me", "Close conversation" and "Reopen conversation". The button pressed goes away
 * once done, so focus moves to the one that undoes it (or the answer) instead of being lost.
 */
export function ConversationActions({ conversationId, status, assignedToMe }: { conversationId: string; status: ConversationStatus; assignedToMe: boolean }) {
  const t = useTranslations("admin.inbox");
  const [answer, setAnswer] = useState<{ done: Step } | { problem: InboxProblem | "failed" } | null>(null);
  const [pending, startTransition] = useTransition();
  const closeButton = useRef<HTMLButtonElement>(null);
  const reopenButton = useRef<HTMLButtonElement>(null);
  const answerLine = useRef<HTMLParagraphElement>(null);
  const closed = status === "closed";

  useEffect(() => {
    if (!answer || !("done" in answer)) return;
    const target = answer.done === "close" ? reopenButton.current : answer.done === "reopen" ? closeButton.current : answerLine.current;
    target?.focus();
  }, [answer, closed]);

  const act = (step: Step) =>
    startTransition(async () => {
      try {
        const result = await run[step](conversationId);
        setAnswer(result.ok ? { done: step } : { problem: result.problem });
      } catch {
        setAnswer({ problem: "failed" });
      }
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {!closed && !assignedToMe ? (
          <button type="button" disabled={pending} onClick={() => act("assign")} className="btn-primary">
            {t("assign")}
          </button>
        ) : null}
        {closed ? (
          <button ref={reopenButton} type="button" disabled={pending} onClick={() => act("reopen")} className="btn-secondary">
            {t("reopen")}
          </button>
        ) : (
          <button ref={closeButton} type="button" disabled={pending} onClick={() => act("close")} className="btn-secondary">
            {t("close")}
          </button>
        )}
      </div>
      <p ref={answerLine} tabIndex={-1} role={answer && "problem" in answer ? "alert" : "status"} className={answer && "problem" in answer ? "text-sm text-sale" : "text-sm text-ok"}>
        {answer ? ("problem" in answer ? t(`problems.${answer.problem}`, { max: 0 }) : t(`done.${answer.done}`)) : ""}
      </p>
    </div>
  );
}

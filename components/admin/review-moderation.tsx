"use client";

import { useLocale } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import type { AdminFormState } from "@/lib/admin/form-state";
import { deleteReviewAction, moderateReviewAction } from "@/lib/admin/review-actions";
import type { ReviewStatus } from "@/lib/admin/reviews";
import { FormAnswer } from "./form-answer";

export interface ReviewModerationText {
  hide: string;
  publish: string;
  delete: string;
  confirmDelete: string;
  confirmYes: string;
  cancel: string;
  /** "Actions for the review “…”", naming the group for screen readers. */
  group: string;
}

/**
 * One review's actions: hide it (or publish it again), and delete it in two steps (the first press
 * asks, in place, whether to delete for good; focus moves to the question and back on "Keep it").
 */
export function ReviewModeration({ id, status, text }: { id: number; status: ReviewStatus; text: ReviewModerationText }) {
  const locale = useLocale();
  const [moderation, moderate, moderating] = useActionState<AdminFormState, FormData>(moderateReviewAction, { status: "idle" });
  const [removal, remove, removing] = useActionState<AdminFormState, FormData>(deleteReviewAction, { status: "idle" });
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) deleteButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const answer = removal.status !== "idle" ? removal : moderation;
  const questionId = `review-${id}-confirm`;
  return (
    <div role="group" aria-label={text.group} className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={moderate}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value={status === "published" ? "hidden" : "published"} />
          <button type="submit" className="btn-secondary" disabled={moderating}>
            {status === "published" ? text.hide : text.publish}
          </button>
        </form>
        {asking ? null : (
          <button ref={deleteButton} type="button" className="btn-secondary text-sale" onClick={() => setAsking(true)}>
            {text.delete}
          </button>
        )}
      </div>
      {asking ? (
        <form action={remove} className="space-y-2 rounded-md border border-sale p-2" aria-describedby={questionId}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="confirm" value="yes" />
          <p id={questionId} ref={question} tabIndex={-1} className="font-medium">
            {text.confirmDelete}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary" disabled={removing}>
              {text.confirmYes}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : null}
      <FormAnswer state={answer} />
    </div>
  );
}

"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/form-state";
import { deleteReviewAction, moderateReviewAction } from "@/lib/admin/review-actions";
import type { ReviewStatus } from "@/lib/admin/reviews";
import { ConfirmInPlace } from "./confirm-in-place";
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
  const answer = removal.status !== "idle" ? removal : moderation;
  return (
    <div role="group" aria-label={text.group} className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <form action={moderate}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value={status === "published" ? "hidden" : "published"} />
          <button type="submit" className="btn-secondary" disabled={moderating}>
            {status === "published" ? text.hide : text.publish}
          </button>
        </form>
        <ConfirmInPlace label={text.delete} question={text.confirmDelete} yes={text.confirmYes} cancel={text.cancel} action={remove} pending={removing}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
        </ConfirmInPlace>
      </div>
      <FormAnswer state={answer} />
    </div>
  );
}

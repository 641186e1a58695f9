"use server";

import { getDb } from "@/db";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { deleteReview, moderateReview, reviewStatuses, type ReviewStatus } from "./reviews";

const reviewId = (form: FormData) => {
  const id = Number(readField(form, "id"));
  return Number.isInteger(id) && id > 0 ? id : null;
};

/** Hides a review from the shop, or publishes it again (the form's `status`: the status wanted). */
export async function moderateReviewAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = reviewId(form);
    const status = readField(form, "status");
    if (id === null) return { status: "error", message: t("reviews.errors.gone") };
    if (!reviewStatuses.includes(status as ReviewStatus)) return { status: "error", message: t("reviews.errors.status") };
    const result = await moderateReview(await getDb(), { id, status: status as ReviewStatus, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: status === "hidden" ? t("reviews.hidden") : t("reviews.published") };
    return { status: "error", message: result.reason === "unchanged" ? t("reviews.errors.unchanged") : t("reviews.errors.gone") };
  });
}

/** Deletes a review for good: only with the form's `confirm` set to "yes" (the second step of the button). */
export async function deleteReviewAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = reviewId(form);
    if (id === null) return { status: "error", message: t("reviews.errors.gone") };
    if (readField(form, "confirm") !== "yes") return { status: "error", message: t("reviews.errors.confirm"), fields: { confirm: t("reviews.errors.confirm") } };
    const result = await deleteReview(await getDb(), { id, actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("reviews.deleted") } : { status: "error", message: t("reviews.errors.gone") };
  });
}

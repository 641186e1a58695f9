"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { removeCategoryAction } from "@/lib/admin/category-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { ConfirmInPlace } from "./confirm-in-place";
import { FormAnswer } from "./form-answer";

/** Deleting a category: only an empty one (otherwise it says how many products are in it), asked about in place first. */
export function CategoryDelete({ slug, productCount, text }: { slug: string; productCount: number; text: { delete: string; confirm: string; yes: string; cancel: string; cannot: string } }) {
  const locale = useLocale();
  const [state, remove, removing] = useActionState<AdminFormState, FormData>(removeCategoryAction, { status: "idle" });
  if (productCount > 0) return <p className="rounded-lg border border-line bg-white p-4">{text.cannot}</p>;
  return (
    <div className="space-y-2">
      <ConfirmInPlace label={text.delete} question={text.confirm} yes={text.yes} cancel={text.cancel} action={remove} pending={removing} boxClassName="rounded-lg border border-sale bg-white p-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="original" value={slug} />
      </ConfirmInPlace>
      <FormAnswer state={state} />
    </div>
  );
}

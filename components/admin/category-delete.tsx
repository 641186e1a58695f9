"use client";

import { useLocale } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { removeCategoryAction } from "@/lib/admin/category-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import { FormAnswer } from "./form-answer";

/**
 * Deleting a category: only an empty one (otherwise it says how many products are in it), in two
 * steps: the first press asks in place, focus moving to the question and back on "Keep it".
 */
export function CategoryDelete({ slug, productCount, text }: { slug: string; productCount: number; text: { delete: string; confirm: string; yes: string; cancel: string; cannot: string } }) {
  const locale = useLocale();
  const [state, remove, removing] = useActionState<AdminFormState, FormData>(removeCategoryAction, { status: "idle" });
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (productCount > 0) return <p className="rounded-lg border border-line bg-white p-4">{text.cannot}</p>;
  return (
    <div className="space-y-2">
      {asking ? (
        <form action={remove} className="space-y-2 rounded-lg border border-sale bg-white p-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="original" value={slug} />
          <input type="hidden" name="confirm" value="yes" />
          <p ref={question} tabIndex={-1} className="font-medium">
            {text.confirm}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary" disabled={removing}>
              {text.yes}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button ref={button} type="button" className="btn-secondary text-sale" onClick={() => setAsking(true)}>
          {text.delete}
        </button>
      )}
      <FormAnswer state={state} />
    </div>
  );
}

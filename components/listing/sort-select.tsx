"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { SortOrder } from "@/lib/catalog/types";

/** A GET form that re-sorts as soon as the choice changes; the button keeps it usable without JavaScript. */
export function SortSelect({ action, sort, hidden }: { action: string; sort: SortOrder; hidden: [string, string][] }) {
  const t = useTranslations("listing");
  const form = useRef<HTMLFormElement>(null);
  const labels: Record<SortOrder, string> = {
    featured: t("sortFeatured"),
    newest: t("sortNewest"),
    "price-asc": t("sortPriceAsc"),
    "price-desc": t("sortPriceDesc"),
    rating: t("sortRating"),
  };
  return (
    <form ref={form} action={action} method="get" className="flex items-center gap-2">
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="sort" className="text-sm font-medium">
        {t("sort")}
      </label>
      <select id="sort" name="sort" defaultValue={sort} onChange={() => form.current?.requestSubmit()} className="field w-auto py-1.5">
        {Object.entries(labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary min-h-9 py-1">
          {t("sortApply")}
        </button>
      </noscript>
    </form>
  );
}

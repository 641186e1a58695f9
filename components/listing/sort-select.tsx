"use client";

import { useRef } from "react";
import type { SortOrder } from "@/lib/catalog/types";

/**
 * A GET form that re-sorts as soon as the choice changes; the button keeps it usable without JavaScript. Labels come from the server.
 * The select may narrow below its longest option (Ukrainian's run past a 360 px screen); the open list shows each in full.
 */
export function SortSelect({
  action,
  sort,
  hidden,
  labels,
  text,
}: {
  action: string;
  sort: SortOrder;
  hidden: [string, string][];
  labels: Record<SortOrder, string>;
  text: { sort: string; apply: string };
}) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action} method="get" className="flex max-w-full min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="sort" className="text-sm font-medium">
        {text.sort}
      </label>
      <select id="sort" name="sort" defaultValue={sort} onChange={() => form.current?.requestSubmit()} className="field w-auto max-w-full min-w-0 py-1.5">
        {Object.entries(labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary">
          {text.apply}
        </button>
      </noscript>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { colors as swatches, isColor } from "@/lib/catalog/options";

export interface PickerOption {
  name: string;
  legend: string;
  chosen: string | undefined;
  values: { value: string; label: string; available: boolean }[];
}

let focusAfterChoice: { name: string; value: string } | null = null;

/**
 * Real radio groups for each option. The choice is written to the URL (replace, no scroll), so a
 * shared or reloaded link keeps it; without JavaScript the "Show this choice" button submits the form.
 */
export function VariantPicker({ options, applyLabel }: { options: PickerOption[]; applyLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  // Each choice is its own cached page, so the picker is drawn anew: the keyboard stays where it was.
  useEffect(() => {
    if (!focusAfterChoice) return;
    const { name, value } = focusAfterChoice;
    focusAfterChoice = null;
    form.current?.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`)?.focus();
  }, []);

  function choose(current: HTMLFormElement, changed: EventTarget) {
    if (changed instanceof HTMLInputElement) focusAfterChoice = { name: changed.name, value: changed.value };
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(current)) params.set(name, String(value));
    startTransition(() => router.replace(`?${params.toString()}`, { scroll: false }));
  }

  return (
    <form ref={form} method="get" onChange={(event) => choose(event.currentTarget, event.target)} aria-busy={pending} className="space-y-5">
      {options.map((option) => (
        <fieldset key={option.name}>
          <legend className="mb-2 font-semibold">
            {option.legend}
            {option.chosen ? (
              <span className="ms-2 font-normal text-muted">
                {option.values.find((v) => v.value === option.chosen)?.label}
              </span>
            ) : null}
          </legend>
          <div className="flex flex-wrap gap-2">
            {option.values.map((value) => (
                <label
                  key={value.value}
                  className={`relative flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-2 rounded-md border bg-white px-3 text-sm has-[:checked]:border-2 has-[:checked]:border-brand has-[:checked]:font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand ${value.available ? "border-muted" : "border-line text-muted line-through"}`}
                >
                  <input
                    type="radio"
                    name={option.name}
                    value={value.value}
                    defaultChecked={option.chosen === value.value}
                    className="absolute inset-0 cursor-pointer opacity-0"
                  />
                  {option.name === "color" && isColor(value.value) ? (
                    <span aria-hidden="true" className="h-5 w-5 rounded-full border border-muted" style={{ backgroundColor: swatches[value.value] }} />
                  ) : null}
                  {value.label}
                </label>
            ))}
          </div>
        </fieldset>
      ))}
      <noscript>
        <button type="submit" className="btn-secondary">
          {applyLabel}
        </button>
      </noscript>
    </form>
  );
}

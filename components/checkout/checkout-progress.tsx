"use client";

import { useFormatter, useTranslations } from "next-intl";

export interface Step {
  id: string;
  name: string;
  state: "done" | "current" | "todo";
}

/** The progress bar (A4): every section's state, completed ones clickable; on phones a compact line and bar. */
export function CheckoutProgress({ steps, label, onEdit }: { steps: Step[]; label: string; onEdit: (id: string) => void }) {
  const t = useTranslations("checkout");
  const format = useFormatter();
  const currentIndex = Math.max(0, steps.findIndex((s) => s.state === "current"));
  const doneCount = steps.filter((s) => s.state === "done").length;
  return (
    <nav aria-label={label} className="rounded-lg border border-line bg-white p-3">
      <p className="text-sm font-medium sm:hidden">{t("stepOf", { current: currentIndex + 1, total: steps.length, name: steps[currentIndex]!.name })}</p>
      <div className="mt-2 h-1.5 overflow-hidden rounded bg-line sm:hidden" aria-hidden="true">
        <div className="h-full bg-brand" style={{ width: `${(doneCount / steps.length) * 100}%` }} />
      </div>
      <ol className="sr-only sm:not-sr-only sm:flex sm:flex-wrap sm:gap-2">
        {steps.map((step, index) => {
          const text = t(step.state === "done" ? "stepDone" : step.state === "current" ? "stepCurrent" : "stepTodo", { name: step.name });
          const badge = (
            <span
              aria-hidden="true"
              className={`flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold ${
                step.state === "done" ? "bg-ok text-white" : step.state === "current" ? "bg-brand text-white" : "border border-muted text-muted"
              }`}
            >
              {step.state === "done" ? "✓" : format.number(index + 1)}
            </span>
          );
          return (
            <li key={step.id} aria-current={step.state === "current" ? "step" : undefined} className="flex items-center gap-2">
              {step.state === "done" ? (
                <button type="button" onClick={() => onEdit(step.id)} className="flex min-h-11 items-center gap-2 rounded-md px-2 text-sm underline-offset-2 hover:underline">
                  {badge}
                  <span className="sr-only">{text}</span>
                  <span aria-hidden="true">{step.name}</span>
                </button>
              ) : (
                <span className={`flex min-h-11 items-center gap-2 px-2 text-sm ${step.state === "current" ? "font-semibold" : "text-muted"}`}>
                  {badge}
                  <span className="sr-only">{text}</span>
                  <span aria-hidden="true">{step.name}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { CheckoutSection } from "@/lib/checkout/actions";
import { keepFocus } from "./keep-focus";
import { checkoutSections, type CheckoutFormState } from "./use-checkout-form";

/**
 * One numbered checkout section before payment: its fields and "Continue" while open; once done, a
 * one-line summary of what was entered and "Edit" (A4).
 */
export function SectionShell({ form, section, summary, children }: { form: CheckoutFormState; section: CheckoutSection; summary: React.ReactNode; children: React.ReactNode }) {
  const t = useTranslations("checkout");
  const format = useFormatter();
  const { flow } = form;
  if (!flow.isShown(section)) return null;
  const isOpen = flow.isOpen(section);
  const isDone = flow.isDone(section) && !isOpen;
  return (
    <section aria-labelledby={`section-${section}`} className="rounded-lg border border-line bg-white p-4 sm:p-5" {...flow.sectionProps(section)}>
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={`section-${section}`} tabIndex={-1} className="text-lg font-bold">
          {format.number(checkoutSections.indexOf(section) + 1)}. {t(`sections.${section}`)}
        </h2>
        {isDone ? (
          <button type="button" className="min-h-11 px-2 text-brand underline" aria-label={t("editSection", { name: t(`sections.${section}`) })} onClick={() => flow.expand(section)}>
            {t("edit")}
          </button>
        ) : null}
      </div>
      {isDone ? <p className="mt-1 text-sm text-muted wrap-anywhere">{summary}</p> : null}
      {isOpen ? (
        <div className="mt-3">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              form.complete(section);
            }}
          >
            {children}
            {/* Every section open: no "Continue" to press (Enter still moves on to the next section). */}
            {flow.layout === "allOpen" ? null : (
              <button type="submit" onMouseDown={keepFocus} className="btn-primary mt-4 w-full sm:w-auto">
                {t("continue")}
              </button>
            )}
          </form>
        </div>
      ) : null}
    </section>
  );
}

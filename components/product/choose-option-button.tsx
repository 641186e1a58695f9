"use client";

/**
 * The sticky bar's buy button before a needed option is chosen: like the page's own button it adds
 * nothing, and it takes the shopper to the first value of that option to pick.
 */
export function ChooseOptionButton({ option, label }: { option: string; label: string }) {
  return (
    <button
      type="button"
      className="btn-primary shrink-0"
      onClick={() => {
        const group = document.querySelector<HTMLFieldSetElement>(`fieldset:has(input[type="radio"][name="${option}"])`);
        group?.scrollIntoView({ block: "center" });
        group?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus({ preventScroll: true });
      }}
    >
      {label}
    </button>
  );
}

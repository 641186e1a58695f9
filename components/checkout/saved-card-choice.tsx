"use client";

import { useTranslations } from "next-intl";

export interface SavedCardOption {
  id: string;
  /** "Visa ending in 4242 · expires 12/34", worded on the server. */
  label: string;
}

/**
 * A returning shopper's saved cards, the newest preselected, and "Use another card". Only the
 * card's id is sent; the server charges it only for the account it belongs to.
 */
export function SavedCardChoice({
  cards,
  selected,
  onSelect,
  error,
}: {
  cards: SavedCardOption[];
  /** The chosen card's id; "" for another card. */
  selected: string;
  onSelect: (id: string) => void;
  error: string | null;
}) {
  const t = useTranslations("checkout");
  const choices = [...cards, { id: "", label: t("useAnotherCard") }];
  return (
    <fieldset aria-describedby={error ? "checkout-savedCard-error" : undefined}>
      <legend className="mb-2 font-medium">{t("savedCardsLegend")}</legend>
      <input type="hidden" name="savedCardId" value={selected} />
      <div className="space-y-2">
        {choices.map((card, index) => (
          <label key={card.id || "another"} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line p-3 has-[:checked]:border-brand">
            <input
              type="radio"
              id={index === 0 ? "checkout-savedCard" : undefined}
              name="savedCardChoice"
              value={card.id}
              checked={selected === card.id}
              onChange={() => onSelect(card.id)}
              aria-invalid={error && selected === card.id && card.id ? true : undefined}
              className="h-5 w-5"
            />
            <span className="font-medium">{card.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="checkout-savedCard-error" role="alert" className="mt-2 text-sm text-sale">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

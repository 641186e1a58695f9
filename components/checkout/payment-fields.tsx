"use client";

import { useTranslations } from "next-intl";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { ltrTag } from "@/components/ui/ltr";
import { TextField } from "@/components/ui/text-field";
import { SavedCardChoice, type SavedCardOption } from "./saved-card-choice";

type CardField = "cardNumber" | "cardExpiry" | "cardCvc";

/**
 * Payment method choice and, for the built-in test gateway, the three card fields. A signed-in
 * shopper picks a saved card (preselected) or another card, which they may ask to save.
 */
export function PaymentFields({
  methods,
  method,
  onMethod,
  card,
  onCard,
  onBlur,
  errorFor,
  cardSlot,
  savedCards,
  savedCardId,
  onSavedCard,
  saveCard,
}: {
  methods: readonly PaymentMethod[];
  method: PaymentMethod;
  onMethod: (method: PaymentMethod) => void;
  card: Record<CardField, string>;
  onCard: (field: CardField, value: string) => void;
  onBlur: (field: string) => void;
  errorFor: (field: string) => string | null;
  /** Replaces the test card fields (Stripe's Payment Element). */
  cardSlot?: React.ReactNode;
  savedCards: SavedCardOption[];
  /** The saved card chosen; "" for another card. */
  savedCardId: string;
  onSavedCard: (id: string) => void;
  /** "Save this card for next time": offered to account holders only (null for guests). */
  saveCard: { checked: boolean; onChange: (checked: boolean) => void } | null;
}) {
  const t = useTranslations("checkout");
  const cardProps = (field: CardField) => ({
    id: `checkout-${field}`,
    name: field,
    value: card[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => onCard(field, event.target.value),
    onBlur: () => onBlur(field),
    error: errorFor(field),
  });
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="mb-2 font-medium">{t("paymentMethod")}</legend>
        <input type="hidden" name="paymentMethod" value={method} />
        <div className="space-y-2">
          {methods.map((option) => (
            <label key={option} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line p-3 has-[:checked]:border-brand">
              <input type="radio" name="paymentMethodChoice" value={option} checked={method === option} onChange={() => onMethod(option)} className="mt-0.5 h-5 w-5" />
              <span>
                <span className="block font-medium">{t(`methods.${option}`)}</span>
                {option !== "card" ? <span className="block text-sm text-muted">{t(`methodNotes.${option}`)}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {method === "card" && savedCards.length ? <SavedCardChoice cards={savedCards} selected={savedCardId} onSelect={onSavedCard} error={errorFor("savedCard")} /> : null}
      {method === "card" && !savedCardId ? (
        <div className="space-y-3">
          {cardSlot ?? (
            <>
              <p className="rounded-md bg-brand-soft p-3 text-sm">
                {t.rich("testCards", { ltr: (digits) => <span className="font-mono">{ltrTag(digits)}</span> })}
              </p>
              <TextField label={t("cardNumber")} inputMode="numeric" autoComplete="cc-number" dir="ltr" maxLength={23} {...cardProps("cardNumber")} />
              <div className="grid grid-cols-2 gap-3">
                <TextField label={t("expiry")} inputMode="numeric" autoComplete="cc-exp" dir="ltr" placeholder={t("expiryPlaceholder")} maxLength={9} {...cardProps("cardExpiry")} />
                <TextField label={t("cvc")} inputMode="numeric" autoComplete="cc-csc" dir="ltr" maxLength={4} {...cardProps("cardCvc")} />
              </div>
            </>
          )}
          {saveCard ? (
            <div>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="saveCard"
                  value="yes"
                  checked={saveCard.checked}
                  onChange={(event) => saveCard.onChange(event.target.checked)}
                  aria-describedby="checkout-saveCard-note"
                  className="h-5 w-5"
                />
                {t("saveCard")}
              </label>
              <p id="checkout-saveCard-note" className="text-sm text-muted">
                {t("saveCardNote")}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

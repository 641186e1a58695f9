"use client";

import { useTranslations } from "next-intl";
import type { PaymentMethod } from "@/lib/checkout/fields";
import { TextField } from "@/components/ui/text-field";

type CardField = "cardNumber" | "cardExpiry" | "cardCvc";

/** Payment method choice and, for the built-in test gateway, the three card fields. */
export function PaymentFields({
  methods,
  method,
  onMethod,
  card,
  onCard,
  onBlur,
  errorFor,
  cardSlot,
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
      {method === "card" ? (
        cardSlot ?? (
          <div className="space-y-3">
            <p className="rounded-md bg-brand-soft p-3 text-sm">
              {t.rich("testCards", { card: (digits) => <bdi dir="ltr" className="font-mono">{digits}</bdi> })}
            </p>
            <TextField label={t("cardNumber")} inputMode="numeric" autoComplete="cc-number" maxLength={23} {...cardProps("cardNumber")} />
            <div className="grid grid-cols-2 gap-3">
              <TextField label={t("expiry")} inputMode="numeric" autoComplete="cc-exp" placeholder="MM / YY" maxLength={9} {...cardProps("cardExpiry")} />
              <TextField label={t("cvc")} inputMode="numeric" autoComplete="cc-csc" maxLength={4} {...cardProps("cardCvc")} />
            </div>
          </div>
        )
      ) : null}
    </div>
  );
}

import { validateCard } from "@/lib/payments/card";
import { addressFieldName, checkAddress, checkEmail, type AddressField, type AddressInput, type AddressRules, type FieldError, type PaymentMethod } from "./fields";

/** A card field the test gateway refused, named by the `checkout.errors.*` message that words it. */
export type CardFieldError = { code: "card"; key: "cardNumber" | "expiry" | "expiredCard" | "cvc" };

export type CheckoutFieldError = FieldError | CardFieldError;

export interface CheckoutInput {
  email: string;
  address: AddressInput;
  /** Null when billing is the delivery address. */
  billing: AddressInput | null;
  paymentMethod: string;
  /** The card typed for the test gateway; null when none is asked for (another method, a saved card, Stripe's own fields). */
  card: { number: string; expiry: string; cvc: string } | null;
}

export interface CheckoutRules {
  address: AddressRules;
  /** The methods offered for this cart (card only where the gateway takes the market's currency). */
  paymentMethods: readonly PaymentMethod[];
}

const cardFieldNames = { number: "cardNumber", expiry: "cardExpiry", cvc: "cardCvc" } as const;

/**
 * Every problem with a checkout, keyed by form field name (`email`, `postalCode`, `billingCity`,
 * `paymentMethod`, `cardNumber`…); empty when the order may be placed. The browser checks with it as
 * the shopper types and the server re-checks with it on "Place order", so both refuse the same things.
 * Keys come in form order, which is the order the error summary lists them in.
 */
export function validateCheckout(input: CheckoutInput, rules: CheckoutRules, now: Date): Record<string, CheckoutFieldError> {
  const problems: Record<string, CheckoutFieldError> = {};
  const emailError = checkEmail(input.email);
  if (emailError) problems.email = emailError;
  Object.assign(problems, checkAddress(input.address, rules.address));
  if (input.billing) {
    for (const [field, error] of Object.entries(checkAddress(input.billing, rules.address))) {
      problems[addressFieldName("billing", field as AddressField)] = error;
    }
  }
  if (!(rules.paymentMethods as readonly string[]).includes(input.paymentMethod)) problems.paymentMethod = { code: "choice" };
  if (input.card) {
    const checked = validateCard(input.card, now);
    if (!checked.ok) {
      const key = checked.code === "expired_card" ? "expiredCard" : checked.field === "number" ? "cardNumber" : checked.field === "expiry" ? "expiry" : "cvc";
      problems[cardFieldNames[checked.field]] = { code: "card", key };
    }
  }
  return problems;
}

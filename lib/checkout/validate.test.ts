import { describe, expect, it } from "vitest";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { portlandInput } from "@/tests/support/addresses";
import { validateCheckout, type CheckoutInput } from "./validate";

const countries = ["US", "DE"];
const rules = { address: { countries, askPhone: false, askCompany: false, formats: countryAddressFormats(countries, "en") }, paymentMethods: ["card", "cash_on_delivery"] as const };
const now = new Date("2026-06-15T12:00:00Z");
const address = portlandInput;
const checkout = (overrides: Partial<CheckoutInput> = {}): CheckoutInput => ({
  email: "ada@example.com",
  address: address(),
  billing: null,
  paymentMethod: "card",
  card: { number: "4242 4242 4242 4242", expiry: "12/30", cvc: "123" },
  ...overrides,
});

describe("validateCheckout", () => {
  it("finds nothing wrong with a complete checkout", () => {
    expect(validateCheckout(checkout(), rules, now)).toEqual({});
    expect(validateCheckout(checkout({ paymentMethod: "cash_on_delivery", card: null }), rules, now)).toEqual({});
  });

  it("keys problems by form field, in form order, billing fields under their prefix", () => {
    const problems = validateCheckout(
      checkout({ email: "nope", address: address({ fullName: "" }), billing: address({ country: "DE", postalCode: "1", region: "" }), paymentMethod: "bank_transfer" }),
      rules,
      now,
    );
    expect(problems).toEqual({
      email: { code: "email" },
      fullName: { code: "required" },
      billingPostalCode: { code: "postal_code", country: "DE" },
      paymentMethod: { code: "choice" },
    });
    expect(Object.keys(problems)).toEqual(["email", "fullName", "billingPostalCode", "paymentMethod"]);
  });

  it("ignores the billing address when it is the delivery address", () => {
    expect(validateCheckout(checkout({ billing: null, address: address() }), rules, now)).toEqual({});
  });

  it("checks the test gateway's card fields only when a card is asked for", () => {
    expect(validateCheckout(checkout({ card: { number: "4242 4242 4242 4241", expiry: "12/30", cvc: "123" } }), rules, now)).toEqual({ cardNumber: { code: "card", key: "cardNumber" } });
    expect(validateCheckout(checkout({ card: { number: "4242424242424242", expiry: "01/26", cvc: "123" } }), rules, now)).toEqual({ cardExpiry: { code: "card", key: "expiredCard" } });
    expect(validateCheckout(checkout({ card: { number: "4242424242424242", expiry: "13/30", cvc: "123" } }), rules, now)).toEqual({ cardExpiry: { code: "card", key: "expiry" } });
    expect(validateCheckout(checkout({ card: { number: "4242424242424242", expiry: "12/30", cvc: "1" } }), rules, now)).toEqual({ cardCvc: { code: "card", key: "cvc" } });
    expect(validateCheckout(checkout({ card: null }), rules, now)).toEqual({});
  });
});

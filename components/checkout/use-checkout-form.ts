"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { offerHelp } from "@/components/chat/help-moment";
import { lookupCity, saveCheckout, submitOrder, type CheckoutSection, type PlaceOrderState } from "@/lib/checkout/actions";
import type { CheckoutDraft } from "@/lib/checkout/drafts";
import { checkoutErrorMessage } from "@/lib/checkout/messages";
import { addressFieldName, addressFrom, checkAddressField, checkSmsPhone, parseAddressFieldName, type AddressField, type AddressInput, type AddressPrefix, type PaymentMethod } from "@/lib/checkout/fields";
import { validateCheckout, type CheckoutFieldError } from "@/lib/checkout/validate";
import type { AddressFormat } from "@/lib/address/address-format";
import { toLatinDigits } from "@/lib/i18n/digits";
import { normalizePostalCode, usStateFromZip } from "@/lib/pricing/postal-codes";
import { formatCardNumber } from "@/lib/payments/card";
import { useDraftAutosave } from "./use-draft-autosave";
import { useSectionFlow } from "./use-section-flow";
import type { TargetOption } from "@/lib/experiments/targets";
import type { SavedCardOption } from "./saved-card-choice";

export interface ShippingChoiceView {
  methodId: string;
  label: string;
  detail: string;
  price: string;
}

export interface CheckoutFormProps {
  initial: CheckoutDraft;
  countries: { code: string; name: string }[];
  /** Each country's address fields and rules, from its address data (lib/address/country-formats.ts). */
  addressFormats: Record<string, AddressFormat>;
  defaultCountry: string;
  lookupCountries: string[];
  shippingOptions: ShippingChoiceView[];
  selectedShipping: string | null;
  total: { amount: number; currency: string; formatted: string };
  paymentMethods: readonly PaymentMethod[];
  askPhone: boolean;
  askCompany: boolean;
  /** E3: offer "text me a reminder" with a mobile number in the contact section. */
  textReminders: boolean;
  /** Set when Stripe's keys are configured: the Payment Element replaces the test card fields. */
  stripe: { publishableKey: string; currency: string } | null;
  /** The signed-in shopper's saved cards for the gateway in use, newest first. */
  savedCards: SavedCardOption[];
  /** Signed in: may ask to save the card they pay with. */
  canSaveCard: boolean;
  /** G4: the visitor's arm of an experiment on the final button's words, if one runs. */
  placeOrderArm: { experimentKey: string; value: TargetOption<"place_order_button"> } | null;
  /** G4: the visitor's arm of an experiment on the checkout's layout, if one runs. */
  layoutArm: { experimentKey: string; value: TargetOption<"checkout_layout"> } | null;
}

export const checkoutSections: CheckoutSection[] = ["contact", "address", "delivery", "payment"];
export type CheckoutValues = Record<string, string>;
export type CardField = "cardNumber" | "cardExpiry" | "cardCvc";

export const addressOf = (values: CheckoutValues, prefix: AddressPrefix = ""): AddressInput => addressFrom((name) => values[name] ?? "", prefix);

const addressFieldsIn = (askPhone: boolean, askCompany: boolean): AddressField[] =>
  ["fullName", "country", "postalCode", "city", "region", "line1", "line2", ...(askPhone ? (["phone"] as const) : []), ...(askCompany ? (["company"] as const) : [])];

/**
 * The checkout's state (A3, A10): what the shopper typed, which fields they have left, the errors
 * to show (the browser's own, from `validateCheckout`, and the server's last answer), autosave,
 * the section flow and the place-order submit. The section components only render from it.
 */
export function useCheckoutForm(props: CheckoutFormProps) {
  const t = useTranslations("checkout");
  const locale = useLocale();
  const [state, dispatch, pending] = useActionState<PlaceOrderState, FormData>(submitOrder, { status: "idle" });
  const [values, setValues] = useState<CheckoutValues>(() => ({
    billingSame: "yes",
    marketingConsent: "no",
    ...props.initial,
    country: props.initial.country || props.defaultCountry,
    billingCountry: props.initial.billingCountry || props.defaultCountry,
    shippingMethodId: props.selectedShipping ?? props.initial.shippingMethodId ?? "",
    paymentMethod: props.initial.paymentMethod && props.paymentMethods.includes(props.initial.paymentMethod as PaymentMethod) ? props.initial.paymentMethod : props.paymentMethods[0]!,
  }));
  const [card, setCard] = useState<Record<CardField, string>>({ cardNumber: "", cardExpiry: "", cardCvc: "" });
  // A saved card is preselected, so a returning shopper types nothing to pay.
  const [savedCardId, setSavedCardId] = useState(props.savedCards[0]?.id ?? "");
  const [saveCard, setSaveCard] = useState(false);
  const newCard = values.paymentMethod === "card" && !savedCardId;
  const stripeCard = props.stripe !== null && newCard;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  // A new address brings new delivery options: keep the shopper's choice if it is still offered,
  // else take the one the server preselected (the cheapest), so the total on the button matches.
  const [optionsSeen, setOptionsSeen] = useState(props.shippingOptions);
  if (optionsSeen !== props.shippingOptions) {
    setOptionsSeen(props.shippingOptions);
    if (!props.shippingOptions.some((option) => option.methodId === values.shippingMethodId)) {
      setValues((previous) => ({ ...previous, shippingMethodId: props.selectedShipping ?? "" }));
    }
  }
  const [cityFilled, setCityFilled] = useState(false);
  const addressRules = useMemo(
    () => ({ countries: props.countries.map((c) => c.code), askPhone: props.askPhone, askCompany: props.askCompany, formats: props.addressFormats }),
    [props.countries, props.askPhone, props.askCompany, props.addressFormats],
  );
  const fieldsOf = (section: CheckoutSection): string[] => {
    const address = addressFieldsIn(props.askPhone, props.askCompany);
    if (section === "contact") return props.textReminders && values.smsReminder === "yes" ? ["email", "smsPhone"] : ["email"];
    if (section === "address") {
      const billing = values.billingSame === "no" ? address.map((f) => addressFieldName("billing", f)) : [];
      return [...address, ...billing];
    }
    if (section === "delivery") return ["shippingMethodId"];
    return newCard && !props.stripe ? ["paymentMethod", "cardNumber", "cardExpiry", "cardCvc"] : ["paymentMethod"];
  };

  // The same checks the server makes on "Place order"; the delivery method is the browser's own (the server re-quotes it).
  const problems = validateCheckout(
    {
      email: values.email ?? "",
      address: addressOf(values),
      billing: values.billingSame === "no" ? addressOf(values, "billing") : null,
      paymentMethod: values.paymentMethod ?? "",
      card: newCard && !props.stripe ? { number: card.cardNumber, expiry: card.cardExpiry, cvc: card.cardCvc } : null,
    },
    { address: addressRules, paymentMethods: props.paymentMethods },
    new Date(),
  );
  const clientError = (field: string): CheckoutFieldError | null => {
    if (field === "shippingMethodId") return props.shippingOptions.some((o) => o.methodId === values.shippingMethodId) ? null : { code: "choice" };
    if (field === "smsPhone") return values.smsReminder === "yes" ? checkSmsPhone(values.smsPhone ?? "") : null;
    return problems[field] ?? null;
  };
  const countryName = (code: string) => props.countries.find((c) => c.code === code)?.name ?? code;

  const serverErrors = state.status === "invalid" ? state.errors : {};
  const [serverErrorsSeen, setServerErrorsSeen] = useState<PlaceOrderState | null>(null);
  const errorFor = (field: string): string | null => {
    if (serverErrorsSeen !== state && serverErrors[field]) return serverErrors[field]!;
    if (!touched.has(field)) return null;
    const error = clientError(field);
    return error ? checkoutErrorMessage(error, t, countryName) : null;
  };
  const sectionValid = (section: CheckoutSection) => fieldsOf(section).every((field) => clientError(field) === null);

  const { save, updating } = useDraftAutosave(locale);

  // What a reload or a signed-in shopper brings already filled in starts out done.
  const initiallyDone = () => {
    const done = new Set<CheckoutSection>();
    for (const section of ["contact", "address", "delivery"] as const) {
      if (!sectionValid(section)) break;
      done.add(section);
    }
    return done;
  };
  // The funnel records each section once (G1), the first time the shopper moves past it. The
  // figures need no refresh here: they already followed the postal code and the delivery method.
  const flow = useSectionFlow({
    sections: checkoutSections,
    valid: sectionValid,
    initiallyDone,
    onPassed: (_passed, firstTime) => save(values, { completed: firstTime }),
    layout: props.layoutArm?.value ?? "sections",
  });

  // A new country starts its region afresh; a US ZIP code chooses its state as it is typed (the shopper may change it).
  const regionFollows = (field: string, value: string): CheckoutValues => {
    const address = parseAddressFieldName(field);
    if (!address) return {};
    const region = addressFieldName(address.prefix, "region");
    if (address.field === "country") return { [region]: "" };
    if (address.field !== "postalCode" || values[addressFieldName(address.prefix, "country")] !== "US") return {};
    const zip = normalizePostalCode("US", value);
    const state = zip ? usStateFromZip(zip) : null;
    return state ? { [region]: state } : {};
  };
  const set = (field: string, value: string) => {
    const patch = { [field]: value, ...regionFollows(field, value) };
    setValues((previous) => ({ ...previous, ...patch }));
    // Saved here, not in the state updater: an updater must stay pure (React may run it again).
    const next = { ...values, ...patch };
    save(next, { refresh: changesFigures(field, next) });
    if (field === "city") setCityFilled(false);
  };
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));
  // Shipping and tax follow the country and postal code (once valid) and the delivery method.
  const changesFigures = (field: string, next: CheckoutValues) =>
    field === "shippingMethodId" || ((field === "country" || field === "postalCode") && !checkAddressField("postalCode", addressOf(next), addressRules));
  const setCardField = (field: CardField, value: string) =>
    setCard((previous) => ({ ...previous, [field]: field === "cardNumber" ? formatCardNumber(toLatinDigits(value)) : toLatinDigits(value) }));

  // City (and region) from the postal code, where the store has a lookup.
  const postalCode = values.postalCode ?? "";
  const country = values.country ?? "";
  useEffect(() => {
    if (!props.lookupCountries.includes(country) || checkAddressField("postalCode", addressOf({ postalCode, country }), addressRules)) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const found = await lookupCity({ country, postalCode, locale });
      if (cancelled || !found?.city) return;
      setValues((previous) => {
        if (previous.city && !cityFilled && previous.city !== found.city) return previous;
        const next = { ...previous, city: found.city!, region: found.region ?? "" };
        save(next);
        return next;
      });
      setCityFilled(true);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the code or country changes, not on every keystroke elsewhere
  }, [postalCode, country]);

  // Focus moves after React has rendered the change (an opened section, a shown error).
  const focusNext = useRef<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [focusRequest]);
  const focusOn = (id: string) => {
    focusNext.current = id;
    setFocusRequest((n) => n + 1);
  };
  const focusFirstError = (fields: string[]) => {
    const first = fields.find((field) => clientError(field) !== null);
    if (first) focusOn(`checkout-${first}`);
  };
  // Two or more problems in one section on Continue or Pay: the chat offers help (F4).
  const offerHelpIfStuck = (sections: CheckoutSection[]) => {
    if (sections.some((section) => fieldsOf(section).filter((field) => clientError(field) !== null).length >= 2)) offerHelp("section_errors");
  };
  const complete = (section: CheckoutSection) => {
    const fields = fieldsOf(section);
    setTouched((previous) => new Set([...previous, ...fields]));
    if (!sectionValid(section)) {
      focusFirstError(fields);
      offerHelpIfStuck([section]);
      return;
    }
    // The cheapest delivery method is preselected, so a valid address completes that step too
    // (the classic multi-step layout shows the delivery step all the same).
    const passed = section === "address" && sectionValid("delivery") && flow.layout !== "multiStep" ? (["address", "delivery"] as const) : [section];
    flow.collapse([...passed]);
    // "Continue" was asked for: focus goes to the next section, as the shopper expects.
    const sections = checkoutSections;
    focusOn(`section-${sections.find((s) => sections.indexOf(s) > sections.indexOf(passed[passed.length - 1]!) && !flow.isDone(s)) ?? "payment"}`);
  };

  // After a server answer, open the first section with a problem (adjusting state while rendering, as React advises).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "invalid") {
      const withError = checkoutSections.find((section) => fieldsOf(section).some((field) => state.errors[field]));
      if (withError && withError !== "payment") flow.expand(withError);
    }
  }
  useEffect(() => {
    if (state.status === "invalid") document.getElementById("checkout-errors")?.focus();
    // A refused card (its answer names the card field): the chat offers help (F4).
    if (state.status === "failed" && state.field) offerHelp("declined_card");
  }, [state]);

  /**
   * "Pay" / "Place order": every section is checked first; an invalid one is opened at its first
   * problem and nothing is sent. Returns whether the form may go on to the server.
   */
  const beforePlacing = (): boolean => {
    const all = checkoutSections.flatMap(fieldsOf);
    setTouched(new Set(all));
    setServerErrorsSeen(state);
    const invalid = checkoutSections.find((section) => !sectionValid(section));
    if (invalid) {
      if (invalid !== "payment") flow.expand(invalid);
      focusFirstError(fieldsOf(invalid));
      offerHelpIfStuck(checkoutSections);
      return false;
    }
    // Sections the shopper went straight past (typing, then Pay) still count for the funnel.
    const unrecorded = flow.record(["contact", "address", "delivery"]);
    if (unrecorded.length) void saveCheckout({ values, completed: unrecorded, locale });
    return true;
  };
  const chooseSavedCard = (id: string) => {
    setSavedCardId(id);
    setServerErrorsSeen(state);
  };

  const fieldProps = (field: string) => ({
    id: `checkout-${field}`,
    name: field,
    value: values[field] ?? "",
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(field, event.target.value),
    onBlur: () => touch(field),
    error: errorFor(field),
  });

  /** The server's answer the shopper has not acted on since (a new attempt or card choice hides it). */
  const unseenAnswer = serverErrorsSeen !== state ? state : null;

  return {
    props,
    locale,
    values,
    set,
    touch,
    touched,
    fieldProps,
    errorFor,
    save,
    updating,
    flow,
    complete,
    addressRules,
    countryName,
    cityFilled,
    card,
    setCardField,
    savedCardId,
    chooseSavedCard,
    saveCard,
    setSaveCard,
    newCard,
    stripeCard,
    state,
    unseenAnswer,
    dispatch,
    pending,
    beforePlacing,
  };
}

export type CheckoutFormState = ReturnType<typeof useCheckoutForm>;

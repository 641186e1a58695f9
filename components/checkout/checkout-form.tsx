"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Ltr } from "@/components/ui/ltr";
import { TextField } from "@/components/ui/text-field";
import { lookupCity, saveCheckout, submitOrder, type CheckoutSection, type PlaceOrderState } from "@/lib/checkout/actions";
import type { CheckoutDraft } from "@/lib/checkout/drafts";
import { fieldErrorMessage } from "@/lib/checkout/messages";
import {
  addressFieldName,
  addressFrom,
  addressLines,
  checkAddressField,
  checkEmail,
  formatOf,
  parseAddressFieldName,
  type AddressField,
  type AddressInput,
  type AddressPrefix,
  type FieldError,
  type PaymentMethod,
} from "@/lib/checkout/fields";
import { addressOnOneLine, type AddressFormat } from "@/lib/address/address-format";
import { toLatinDigits } from "@/lib/i18n/digits";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { normalizePostalCode, usStateFromZip } from "@/lib/pricing/postal-codes";
import { formatCardNumber, validateCard } from "@/lib/payments/card";
import { EmailSuggestion } from "@/components/ui/email-suggestion";
import { CheckoutProgress, type Step } from "./checkout-progress";
import { useDraftAutosave } from "./use-draft-autosave";
import { useSectionFlow } from "./use-section-flow";
import { AddressFields } from "./address-fields";
import { PaymentFields } from "./payment-fields";
import { StripeActions } from "./stripe-actions";
import type { SavedCardOption } from "./saved-card-choice";
import { StripePaymentFields, StripePaymentProvider } from "./stripe-payment";

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
  /** Set when Stripe's keys are configured: the Payment Element replaces the test card fields. */
  stripe: { publishableKey: string; currency: string } | null;
  /** The signed-in shopper's saved cards for the gateway in use, newest first. */
  savedCards: SavedCardOption[];
  /** Signed in: may ask to save the card they pay with. */
  canSaveCard: boolean;
}

const sections: CheckoutSection[] = ["contact", "address", "delivery", "payment"];
type Values = Record<string, string>;

const addressOf = (values: Values, prefix: AddressPrefix = ""): AddressInput => addressFrom((name) => values[name] ?? "", prefix);

const addressFieldsIn = (askPhone: boolean, askCompany: boolean): AddressField[] =>
  ["fullName", "country", "postalCode", "city", "region", "line1", "line2", ...(askPhone ? (["phone"] as const) : []), ...(askCompany ? (["company"] as const) : [])];

/**
 * The one-page checkout (A3): Contact → Delivery address → Delivery method → Payment, beside the
 * summary that shows everything; the pay button places the order, and says so (no review step).
 * Everything typed is kept in this component and saved to the server as the shopper goes, so an
 * error, a declined card or a reload loses nothing (A10); card details are never saved.
 */
export function CheckoutForm(props: CheckoutFormProps) {
  const t = useTranslations("checkout");
  const locale = useLocale();
  const format = useFormatter();
  const [state, dispatch, pending] = useActionState<PlaceOrderState, FormData>(submitOrder, { status: "idle" });
  const [, startPlacing] = useTransition();
  const [stripeError, setStripeError] = useState<string | null>(null);
  const paymentForm = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => ({
    billingSame: "yes",
    marketingConsent: "no",
    ...props.initial,
    country: props.initial.country || props.defaultCountry,
    billingCountry: props.initial.billingCountry || props.defaultCountry,
    shippingMethodId: props.selectedShipping ?? props.initial.shippingMethodId ?? "",
    paymentMethod: props.initial.paymentMethod && props.paymentMethods.includes(props.initial.paymentMethod as PaymentMethod) ? props.initial.paymentMethod : props.paymentMethods[0]!,
  }));
  const [card, setCard] = useState({ cardNumber: "", cardExpiry: "", cardCvc: "" });
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
    if (section === "contact") return ["email"];
    if (section === "address") {
      const billing = values.billingSame === "no" ? address.map((f) => addressFieldName("billing", f)) : [];
      return [...address, ...billing];
    }
    if (section === "delivery") return ["shippingMethodId"];
    return newCard && !props.stripe ? ["paymentMethod", "cardNumber", "cardExpiry", "cardCvc"] : ["paymentMethod"];
  };

  const clientError = (field: string): FieldError | { code: "card"; key: "cardNumber" | "expiry" | "expiredCard" | "cvc" } | null => {
    if (field === "email") return checkEmail(values.email ?? "");
    if (field === "shippingMethodId") return props.shippingOptions.some((o) => o.methodId === values.shippingMethodId) ? null : { code: "choice" };
    if (field === "paymentMethod") return props.paymentMethods.includes(values.paymentMethod as PaymentMethod) ? null : { code: "choice" };
    if (field.startsWith("card")) {
      const checked = validateCard({ number: card.cardNumber, expiry: card.cardExpiry, cvc: card.cardCvc }, new Date());
      if (checked.ok) return null;
      const name = { number: "cardNumber", expiry: "cardExpiry", cvc: "cardCvc" }[checked.field];
      if (name !== field) return null;
      return { code: "card", key: checked.code === "expired_card" ? "expiredCard" : checked.field === "number" ? "cardNumber" : checked.field === "expiry" ? "expiry" : "cvc" };
    }
    const address = parseAddressFieldName(field);
    return address ? checkAddressField(address.field, addressOf(values, address.prefix), addressRules) : null;
  };
  const countryName = (code: string) => props.countries.find((c) => c.code === code)?.name ?? code;
  const describe = (error: NonNullable<ReturnType<typeof clientError>>): string =>
    error.code === "card" ? t(`errors.${error.key}`) : fieldErrorMessage(error, t, countryName);

  const serverErrors = state.status === "invalid" ? state.errors : {};
  const [serverErrorsSeen, setServerErrorsSeen] = useState<PlaceOrderState | null>(null);
  const errorFor = (field: string): string | null => {
    if (serverErrorsSeen !== state && serverErrors[field]) return serverErrors[field]!;
    if (!touched.has(field)) return null;
    const error = clientError(field);
    return error ? describe(error) : null;
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
  const flow = useSectionFlow({ sections, valid: sectionValid, initiallyDone, onPassed: (_passed, firstTime) => save(values, { completed: firstTime }) });
  const current = flow.current;

  // A new country starts its region afresh; a US ZIP code chooses its state as it is typed (the shopper may change it).
  const regionFollows = (field: string, value: string): Values => {
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
  const changesFigures = (field: string, next: Values) =>
    field === "shippingMethodId" || ((field === "country" || field === "postalCode") && !checkAddressField("postalCode", addressOf(next), addressRules));

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
  const complete = (section: CheckoutSection) => {
    const fields = fieldsOf(section);
    setTouched((previous) => new Set([...previous, ...fields]));
    if (!sectionValid(section)) {
      focusFirstError(fields);
      return;
    }
    // The cheapest delivery method is preselected, so a valid address completes that step too.
    const passed = section === "address" && sectionValid("delivery") ? (["address", "delivery"] as const) : [section];
    flow.collapse([...passed]);
    // "Continue" was asked for: focus goes to the next section, as the shopper expects.
    focusOn(`section-${sections.find((s) => sections.indexOf(s) > sections.indexOf(passed[passed.length - 1]!) && !flow.isDone(s)) ?? "payment"}`);
  };

  // After a server answer, open the first section with a problem (adjusting state while rendering, as React advises).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "invalid") {
      const withError = sections.find((section) => fieldsOf(section).some((field) => state.errors[field]));
      if (withError && withError !== "payment") flow.expand(withError);
    }
  }
  useEffect(() => {
    if (state.status === "invalid") document.getElementById("checkout-errors")?.focus();
  }, [state]);

  const steps: Step[] = sections.map((id) => ({
    id,
    name: t(`sections.${id}`),
    state: flow.isDone(id) && id !== current ? "done" : id === current ? "current" : "todo",
  }));
  const summaries: Record<CheckoutSection, React.ReactNode> = {
    contact: values.email ? <Ltr>{values.email}</Ltr> : "",
    // The address as the shopper typed it (their script and digits), isolated so an RTL page keeps its order.
    address: (
      <bdi data-shopper-text="">
        {addressOnOneLine(addressLines(values, countryName, formatOf(addressRules, values.country ?? "")), localeTags[locale as Locale])}
      </bdi>
    ),
    delivery: (() => {
      const option = props.shippingOptions.find((o) => o.methodId === values.shippingMethodId);
      return option ? `${option.label} · ${option.price} · ${option.detail}` : "";
    })(),
    payment: t(`methods.${values.paymentMethod as PaymentMethod}`),
  };

  const allErrors =
    state.status === "invalid" && serverErrorsSeen !== state ? Object.entries(state.errors) : [];
  const buttonLabel = values.paymentMethod === "card" ? t("pay", { total: props.total.formatted }) : t("placeOrder", { total: props.total.formatted });

  const sectionShell = (section: CheckoutSection, body: React.ReactNode) => {
    const isOpen = flow.isOpen(section);
    const isDone = flow.isDone(section);
    return (
      <section key={section} aria-labelledby={`section-${section}`} className="rounded-lg border border-line bg-white p-4 sm:p-5" {...flow.sectionProps(section)}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 id={`section-${section}`} tabIndex={-1} className="text-lg font-bold">
            {format.number(sections.indexOf(section) + 1)}. {t(`sections.${section}`)}
          </h2>
          {isDone ? (
            <button type="button" className="min-h-11 px-2 text-brand underline" aria-label={t("editSection", { name: t(`sections.${section}`) })} onClick={() => flow.expand(section)}>
              {t("edit")}
            </button>
          ) : null}
        </div>
        {isDone ? <p className="mt-1 text-sm text-muted wrap-anywhere">{summaries[section]}</p> : null}
        {isOpen ? <div className="mt-3">{body}</div> : null}
      </section>
    );
  };

  // Keeping focus in the field on mousedown stops its blur-time error from pushing the button
  // away between mousedown and click (which would swallow the click).
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  const continueButton = () => (
    <button type="submit" onMouseDown={keepFocus} className="btn-primary mt-4 w-full sm:w-auto">
      {t("continue")}
    </button>
  );
  const sectionForm = (section: CheckoutSection, children: React.ReactNode) => (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        complete(section);
      }}
    >
      {children}
      {continueButton()}
    </form>
  );
  const fieldProps = (field: string) => ({
    id: `checkout-${field}`,
    name: field,
    value: values[field] ?? "",
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(field, event.target.value),
    onBlur: () => touch(field),
    error: errorFor(field),
  });

  const renderPaymentForm = (stripe: { check: () => Promise<{ ok: true } | { ok: false; message: string }> } | null) => (
          <form
            ref={paymentForm}
            action={dispatch}
            noValidate
            className="mt-3 space-y-4"
            onSubmit={(event) => {
              setStripeError(null);
              const all = sections.flatMap(fieldsOf);
              setTouched(new Set(all));
              setServerErrorsSeen(state);
              const invalid = sections.find((section) => !sectionValid(section));
              if (invalid) {
                event.preventDefault();
                if (invalid !== "payment") flow.expand(invalid);
                focusFirstError(fieldsOf(invalid));
                return;
              }
              // Sections the shopper went straight past (typing, then Pay) still count for the funnel.
              const unrecorded = flow.record(["contact", "address", "delivery"]);
              if (unrecorded.length) void saveCheckout({ values, completed: unrecorded, locale });
              if (stripe && stripeCard) {
                // Stripe checks its fields first; only then is the order placed (see StripeActions).
                event.preventDefault();
                const data = new FormData(event.currentTarget);
                void stripe.check().then((checked) => (checked.ok ? startPlacing(() => dispatch(data)) : setStripeError(checked.message)));
              }
            }}
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="expectedTotal" value={props.total.amount} />
            <input type="hidden" name="expectedCurrency" value={props.total.currency} />
            {Object.entries(values)
              .filter(([name]) => name !== "paymentMethod")
              .map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
            <PaymentFields
              methods={props.paymentMethods}
              method={values.paymentMethod as PaymentMethod}
              onMethod={(method) => set("paymentMethod", method)}
              card={card}
              onCard={(field, value) => setCard((previous) => ({ ...previous, [field]: field === "cardNumber" ? formatCardNumber(toLatinDigits(value)) : toLatinDigits(value) }))}
              onBlur={touch}
              errorFor={(field) => errorFor(field) ?? (state.status === "failed" && state.field === field && serverErrorsSeen !== state ? state.message : null)}
              cardSlot={stripe ? <StripePaymentFields label={t("cardNumber")} onExpressConfirm={() => paymentForm.current?.requestSubmit()} /> : undefined}
              savedCards={props.savedCards}
              savedCardId={savedCardId}
              onSavedCard={(id) => {
                setSavedCardId(id);
                setServerErrorsSeen(state);
              }}
              saveCard={props.canSaveCard ? { checked: saveCard, onChange: setSaveCard } : null}
            />
            {stripeError ? (
              <p role="alert" className="rounded-md border border-sale p-3 text-sale">
                {stripeError}
              </p>
            ) : null}
            <div className="space-y-2 border-t border-line pt-4">
              {state.status === "failed" && !state.field && serverErrorsSeen !== state ? (
                <p role="alert" className="rounded-md border border-sale p-3 text-sale">
                  {state.message}
                </p>
              ) : null}
              <p id="pay-note" className="text-sm">
                {values.paymentMethod === "card" ? t("payNote") : t("placeNote")}
              </p>
              <button type="submit" onMouseDown={keepFocus} className="btn-primary w-full text-lg" disabled={pending || updating} aria-describedby="pay-note placing-status">
                {pending ? (
                  <>
                    <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent" />
                    {t("placing")}
                  </>
                ) : (
                  buttonLabel
                )}
              </button>
              <p id="placing-status" aria-live="polite" className="sr-only">
                {pending ? t("placingStatus") : updating ? t("updatingTotals") : ""}
              </p>
            </div>
          </form>
  );

  return (
    <div className="space-y-4">
      <CheckoutProgress steps={steps} label={t("progress")} onEdit={(id) => flow.expand(id as CheckoutSection)} />
      <p aria-live="polite" className="sr-only">
        {flow.opened ? t("sectionOpened", { name: t(`sections.${flow.opened}`) }) : ""}
      </p>
      {allErrors.length ? (
        <div id="checkout-errors" tabIndex={-1} role="alert" className="rounded-lg border border-sale bg-white p-4 text-sale">
          <p className="font-semibold">{t("fixErrors", { count: allErrors.length })}</p>
          <ul className="list-disc ps-5">
            {allErrors.map(([field, message]) => (
              <li key={field}>
                <a href={`#checkout-${field}`} className="underline">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {sectionShell(
        "contact",
        sectionForm(
          "contact",
          <div className="space-y-3">
            <TextField
              label={t("email")}
              hint={t("emailHint")}
              type="email"
              inputMode="email"
              autoComplete="email"
              dir="ltr"
              {...fieldProps("email")}
              onBlur={() => {
                touch("email");
                // A valid email re-renders the summary: a first-order code is checked against it before paying.
                if (!checkEmail(values.email ?? "")) save(values, { refresh: true });
              }}
            />
            <EmailSuggestion
              email={touched.has("email") && !checkEmail(values.email ?? "") ? (values.email ?? "") : ""}
              inputId="checkout-email"
              template={t.raw("emailSuggestion") as string}
              onAccept={(suggested) => set("email", suggested)}
            />
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input
                type="checkbox"
                name="marketingConsent"
                checked={values.marketingConsent === "yes"}
                onChange={(event) => set("marketingConsent", event.target.checked ? "yes" : "no")}
                className="h-5 w-5"
              />
              {t("consent")}
            </label>
          </div>,
        ),
      )}

      {sectionShell(
        "address",
        sectionForm(
          "address",
          <AddressFields
            prefix=""
            countries={props.countries}
            fieldProps={fieldProps}
            askPhone={props.askPhone}
            askCompany={props.askCompany}
            cityFilled={cityFilled}
            format={formatOf(addressRules, values.country ?? "")}
            footer={
              <>
                <label className="flex min-h-11 items-center gap-3 text-sm">
                  <input
                    type="checkbox"
                    checked={values.billingSame !== "no"}
                    onChange={(event) => set("billingSame", event.target.checked ? "yes" : "no")}
                    className="h-5 w-5"
                  />
                  {t("billingSame")}
                </label>
                {values.billingSame === "no" ? (
                  <fieldset className="space-y-3 border-t border-line pt-3">
                    <legend className="font-semibold">{t("billingTitle")}</legend>
                    <AddressFields prefix="billing" countries={props.countries} fieldProps={fieldProps} askPhone={false} askCompany={props.askCompany} cityFilled={false} format={formatOf(addressRules, values.billingCountry ?? "")} />
                  </fieldset>
                ) : null}
              </>
            }
          />,
        ),
      )}

      {sectionShell(
        "delivery",
        sectionForm(
          "delivery",
          props.shippingOptions.length ? (
            <fieldset>
              <legend className="sr-only">{t("sections.delivery")}</legend>
              <div className="space-y-2">
                {props.shippingOptions.map((option) => (
                  <label key={option.methodId} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line p-3 has-[:checked]:border-brand">
                    <input
                      type="radio"
                      name="shippingMethodId"
                      value={option.methodId}
                      checked={values.shippingMethodId === option.methodId}
                      onChange={() => set("shippingMethodId", option.methodId)}
                      className="h-5 w-5"
                    />
                    <span className="flex-1">
                      <span className="block font-medium">{option.label}</span>
                      <span className="block text-sm text-muted">{option.detail}</span>
                    </span>
                    <span className="font-semibold">{option.price}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <p role="alert" className="text-sale">
              {t("noShipping")}
            </p>
          ),
        ),
      )}

      <section aria-labelledby="section-payment" className="rounded-lg border border-line bg-white p-4 sm:p-5" {...flow.sectionProps("payment")}>
        <h2 id="section-payment" tabIndex={-1} className="text-lg font-bold">
          {format.number(sections.indexOf("payment") + 1)}. {t("sections.payment")}
        </h2>
        {flow.isOpen("payment") ? (
          props.stripe ? (
            <StripePaymentProvider
              publishableKey={props.stripe.publishableKey}
              amount={props.total.amount}
              currency={props.stripe.currency}
              locale={locale}
              saveCard={newCard && saveCard}
            >
              <StripeActions state={state} failureMessage={t("errors.processing")} onError={setStripeError}>
                {(stripe) => renderPaymentForm(stripe)}
              </StripeActions>
            </StripePaymentProvider>
          ) : (
            renderPaymentForm(null)
          )
        ) : (
          <p className="mt-1 text-sm text-muted">{t("chargeNote")}</p>
        )}
      </section>
    </div>
  );
}

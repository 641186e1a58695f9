"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { lookupPostalCode } from "@/lib/address/postal-lookup";
import { activeCartId, variantProductName } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { toLatinDigits } from "@/lib/i18n/digits";
import { localeTags, isLocale, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { services } from "@/lib/env";
import { jobQueue } from "@/lib/jobs/queue";
import { marketFor } from "@/lib/markets/market-for";
import { formatMoney } from "@/lib/money";
import { cardTakes } from "@/lib/payments/currencies";
import { paymentGateway } from "@/lib/payments/gateway";
import { getPricingRules } from "@/lib/pricing/cached";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";
import { startRecovery } from "@/lib/recovery/start";
import { isTimeZone, loadRecoverySettings } from "@/lib/recovery/settings";
import { currentSettings } from "@/lib/settings/current";
import { toE164 } from "@/lib/sms/phone";
import { shippableCountries } from "@/lib/pricing/destination";
import { store } from "@/lib/store/config";
import { checkoutAttemptKey, cleanDraft, nextAttemptKey, saveDraft, type CheckoutDraft } from "./drafts";
import { addressFromForm, checkEmail, checkSmsPhone, cleanAddress, formatOf, type PaymentMethod } from "./fields";
import { checkoutErrorMessage } from "./messages";
import { orderJustPlacedFrom } from "./just-placed";
import { orderStatusPath } from "./order-access";
import { placeOrder, type PlaceOrderResult } from "./place-order";
import { deliverReceipt } from "./receipt";
import { rememberAddress } from "@/lib/accounts/queries";
import { validateCheckout } from "./validate";

export type CheckoutSection = "contact" | "address" | "delivery" | "payment";

const completedSchema = z.array(z.enum(["contact", "address", "delivery", "payment"])).max(4);

/**
 * Saves the form as the shopper types (debounced in the browser): a reload restores it, and the
 * email is kept as soon as it is valid (E1), which starts the cart's reminders (E2) in the same
 * transaction. Sections the shopper moved past for the first time are recorded for the funnel
 * (G1); `refresh` re-renders the summary for a new address or method.
 */
export async function saveCheckout(input: {
  values: unknown;
  completed?: unknown;
  refresh?: unknown;
  locale?: unknown;
  timeZone?: unknown;
}): Promise<{ saved: boolean }> {
  // A forged call (no object, or values that are not the form's) saves nothing rather than an empty draft over the typed one.
  if (!isRecord(input) || !isRecord(input.values)) return { saved: false };
  const ref = await currentCart();
  if (!ref) return { saved: false };
  const db = await getDb();
  const cartId = await activeCartId(db, ref);
  if (!cartId) return { saved: false };
  const draft = cleanDraft(input.values);
  const email = draft.email?.trim() ?? "";
  const validEmail = email && !checkEmail(email) ? email : null;
  const locale = isLocale(input.locale) ? input.locale : "en";
  // What the browser reports is only kept if this runtime knows the zone.
  const timeZone = typeof input.timeZone === "string" && input.timeZone.length <= 64 && isTimeZone(input.timeZone) ? input.timeZone : null;
  const smsPhone = textReminderPhone(draft, (await loadRecoverySettings(db)).textReminders);
  const jobs = validEmail || smsPhone ? await jobQueue() : null;
  await db.transaction(async (tx) => {
    await saveDraft(tx, { cartId, visitorId: ref.visitorId, draft, validEmail, timeZone, smsPhone });
    if (jobs) await startRecovery(tx, jobs, { cartId, email: validEmail, locale, timeZone, marketingConsent: draft.marketingConsent === "yes" });
  });
  const completed = completedSchema.safeParse(input.completed);
  for (const section of completed.success ? new Set(completed.data) : []) {
    await track("checkout_section_completed", { section }, { locale });
    if (section === "delivery" && draft.shippingMethodId) await track("shipping_method_chosen", { methodId: draft.shippingMethodId.slice(0, 64) }, { locale });
  }
  // The address and the delivery method decide shipping and tax: re-render the summary with the new figures.
  // A finished contact section names the buyer: whether a first-order code applies is known now.
  const contactDone = completed.success && completed.data.includes("contact");
  if (input.refresh === true || contactDone) refresh();
  return { saved: true };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** E3: the number to text reminders to, when the merchant offers it and the shopper ticked it (valid numbers only). */
function textReminderPhone(draft: CheckoutDraft, offered: boolean): string | null {
  if (!offered || draft.smsReminder !== "yes" || checkSmsPhone(draft.smsPhone ?? "")) return null;
  return toE164(draft.smsPhone!, draft.country || store.country);
}

/** City and region for a postal code, where the store bundles a lookup (US, DE, UA); place names in the page's language where known. */
export async function lookupCity(input: { country: unknown; postalCode: unknown; locale?: unknown }): Promise<{ city: string | null; region: string | null } | null> {
  if (!isRecord(input)) return null;
  const country = z.string().length(2).safeParse(input.country);
  const postalCode = z.string().max(20).safeParse(input.postalCode);
  if (!country.success || !postalCode.success) return null;
  return lookupPostalCode(country.data, postalCode.data, isLocale(input.locale) ? input.locale : "en");
}

export type PlaceOrderState =
  | { status: "idle" }
  | { status: "invalid"; errors: Record<string, string> }
  | { status: "failed"; message: string; field?: "cardNumber" | "savedCard" }
  | { status: "confirm_payment"; clientSecret: string; confirmationPath: string; savedCard?: boolean };

const read = (form: FormData, name: string, max = 300) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

const cardFailure = {
  card_declined: "errors.declined",
  insufficient_funds: "errors.insufficientFunds",
  lost_card: "errors.lostCard",
  expired_card: "errors.expiredCard",
  incorrect_cvc: "errors.cvc",
  incorrect_number: "errors.cardNumber",
  processing_error: "errors.processing",
  expired: "errors.processing",
} as const;

/** "Place order": validates every field, then places the order from the server's own figures. */
export async function submitOrder(previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale: Locale = isLocale(form.get("locale")) ? (form.get("locale") as Locale) : "en";
  const t = await getTranslations({ locale, namespace: "checkout" });
  const [rules, settings] = await Promise.all([getPricingRules(), currentSettings()]);
  const countries = shippableCountries(rules.zones);
  // The same per-country rules the form was built with (region names in the page's language, for the messages).
  const addressRules = { countries, askPhone: settings.checkout.askPhone, askCompany: settings.checkout.askCompany, formats: countryAddressFormats(countries, locale) };

  const email = read(form, "email", 400).trim();
  const address = addressFromForm(form);
  const billingSame = read(form, "billingSame") !== "no";
  const billing = billingSame ? null : addressFromForm(form, "billing");
  const method = read(form, "paymentMethod") as PaymentMethod;
  const gateway = await paymentGateway();
  // A saved card is named by its id; whose it is, is decided on the server from the session (placeOrder).
  const savedCardInput = method === "card" ? read(form, "savedCardId", 100) : "";
  const savedCardId = savedCardInput ? z.uuid().safeParse(savedCardInput) : null;
  if (savedCardId && !savedCardId.success) return { status: "failed", field: "savedCard", message: t("errors.savedCardRefused") };
  const card =
    method === "card" && gateway.kind === "test" && !savedCardId
      ? { number: toLatinDigits(read(form, "cardNumber", 40)), expiry: toLatinDigits(read(form, "cardExpiry", 20)), cvc: toLatinDigits(read(form, "cardCvc", 10)) }
      : null;
  // Card only where the gateway takes the market's currency: the same list the form offered.
  const currency = marketFor(rules.markets, address.country).currency;
  const paymentMethods = settings.payments.methods.filter((offered) => offered !== "card" || cardTakes(services.payments, currency));
  const problems = validateCheckout({ email, address, billing, paymentMethod: method, card }, { address: addressRules, paymentMethods }, new Date());

  const errors: Record<string, string> = {};
  for (const [field, error] of Object.entries(problems)) errors[field] = checkoutErrorMessage(error, t, (code) => countryName(code, locale));
  if (Object.keys(errors).length) return { status: "invalid", errors };

  const ref = await currentCart();
  const db = await getDb();
  const cartId = ref ? await activeCartId(db, ref) : null;
  if (!ref || !cartId) {
    const placed = ref ? await orderJustPlacedFrom(db, ref) : null;
    if (placed) redirect(`${await orderStatusPath(locale, placed.number, placed.email)}&placed=1`);
    return { status: "failed", message: t("errors.emptyCart") };
  }
  const attemptKey = await checkoutAttemptKey(db, { cartId, visitorId: ref.visitorId });
  const expectedTotal = Number.parseInt(read(form, "expectedTotal", 20), 10);
  await track("payment_attempted", { method }, { locale });
  let result: PlaceOrderResult;
  try {
    result = await placeOrder(db, gateway, {
      cart: ref,
      idempotencyKey: attemptKey,
      email,
      locale,
      address: cleanAddress(address, formatOf(addressRules, address.country)),
      billing: billing ? cleanAddress(billing, formatOf(addressRules, billing.country)) : null,
      shippingMethodId: read(form, "shippingMethodId", 64) || null,
      paymentMethod: method,
      expectedTotal: Number.isSafeInteger(expectedTotal) ? expectedTotal : -1,
      expectedCurrency: read(form, "expectedCurrency", 3).toUpperCase() || undefined,
      card,
      savedCardId: savedCardId?.data ?? null,
      saveCard: method === "card" && !savedCardId && Boolean(ref.userId) && read(form, "saveCard") === "yes",
      rules,
      limitedBy: { ipKey: await currentIpKey() },
    });
  } catch (error) {
    console.error("[checkout] placing an order failed:", error);
    return { status: "failed", message: t("errors.retry") };
  }

  switch (result.status) {
    case "placed": {
      await track("order_placed", { number: result.number, method }, { locale });
      if (ref.userId) await rememberAddress(db, { userId: ref.userId, address: cleanAddress(address, formatOf(addressRules, address.country)) });
      // Queued with the order; sent now if possible, else by the delivery worker.
      await deliverReceipt(db, { orderId: result.orderId }).catch((error: unknown) => console.error("[checkout] receipt mail failed:", error));
      redirect(`${await orderStatusPath(locale, result.number, email)}&placed=1`);
    }
    case "confirm_payment":
      return {
        status: "confirm_payment",
        clientSecret: result.clientSecret,
        confirmationPath: `${await orderStatusPath(locale, result.number, email)}&placed=1`,
        savedCard: result.savedCard ?? false,
      };
    case "processing":
      redirect(`${await orderStatusPath(locale, result.number, email)}&placed=1`);
    case "payment_failed":
      await track("payment_failed", { code: result.code }, { locale });
      await nextAttemptKey(db, { cartId, used: attemptKey });
      refresh();
      return { status: "failed", field: savedCardId ? "savedCard" : "cardNumber", message: t(cardFailure[result.code]) };
    case "total_changed":
      refresh();
      return { status: "failed", message: t("errors.totalChanged", { total: formatMoney(result.quote.total, localeTags[locale]) }) };
    case "out_of_stock": {
      const names = await outOfStockNames(db, result.variantIds, locale);
      refresh();
      return { status: "failed", message: t("errors.outOfStock", { names }) };
    }
    case "empty_cart":
      refresh();
      return { status: "failed", message: t("errors.emptyCart") };
    case "coupon_used_up":
      refresh();
      return { status: "failed", message: t("errors.couponUsedUp", { code: result.code }) };
    case "no_shipping":
      return { status: "failed", message: t("errors.noShipping") };
    case "saved_card_refused":
      return { status: "failed", field: "savedCard", message: t("errors.savedCardRefused") };
    case "limited": {
      const minutes = retryMinutes(result.retryAfterSeconds);
      return { status: "failed", message: t(result.reason === "declines" ? "errors.tooManyDeclines" : "errors.tooManyAttempts", { minutes }) };
    }
  }
  return previous;
}

async function outOfStockNames(db: Awaited<ReturnType<typeof getDb>>, variantIds: number[], locale: Locale): Promise<string> {
  const names = await Promise.all(variantIds.map((variantId) => variantProductName(db, { variantId, locale })));
  return new Intl.ListFormat(localeTags[locale], { type: "conjunction" }).format(names.filter((n): n is string => n !== null));
}

"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { deliverReceipt } from "@/lib/checkout/receipt";
import { checkAddress, checkEmail, cleanAddress, formatOf } from "@/lib/checkout/fields";
import { checkoutErrorMessage, type CheckoutTranslator } from "@/lib/checkout/messages";
import { localeFromForm } from "@/lib/i18n/form";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/i18n/regions";
import { formatMoney } from "@/lib/money";
import { paymentGateway } from "@/lib/payments/gateway";
import { getPricingRules } from "@/lib/pricing/cached";
import { normalizeCouponCode } from "@/lib/pricing/coupons";
import { shippableCountries } from "@/lib/pricing/destination";
import { isRefusal, staffAction } from "./access";
import { readField } from "./form-state";
import { placePhoneOrder, quotePhoneOrder, type PhoneOrderInput, type PhoneOrderProblem } from "./phone-orders";
import { parsePhoneOrderLines } from "./phone-order-lines";
import type { PhoneOrderState } from "./phone-order-state";

const addressNames = ["fullName", "line1", "line2", "postalCode", "city", "region", "country", "phone", "company"] as const;

/**
 * A phone order's form: "Check price" prices it as the checkout would and shows the figures to read
 * to the customer; "Place order" places exactly that (refused if the total changed since).
 */
export async function phoneOrderAction(_previous: PhoneOrderState, form: FormData): Promise<PhoneOrderState> {
  const locale = localeFromForm(form);
  const [t, tCheckout] = await Promise.all([getTranslations({ locale, namespace: "admin" }), getTranslations({ locale, namespace: "checkout" })]);
  const typed = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].length <= 5000));
  const fail = (message: string, fields: Record<string, string> = {}): PhoneOrderState => ({ status: "error", message, fields, values: typed, at: Date.now() });
  const member = await staffAction();
  if (isRefusal(member)) return fail(t("errors.forbidden"));

  const rules = await getPricingRules();
  const countries = shippableCountries(rules.zones);
  const addressRules = { countries, askPhone: false, askCompany: false, formats: countryAddressFormats(countries, locale) };
  const fields: Record<string, string> = {};
  const email = readField(form, "email").trim().slice(0, 254);
  const emailProblem = checkEmail(email);
  if (emailProblem) fields["email"] = checkoutErrorMessage(emailProblem, tCheckout as unknown as CheckoutTranslator, (code) => countryName(code, locale));
  const addressInput = Object.fromEntries(addressNames.map((name) => [name, readField(form, name).slice(0, 200)])) as Record<(typeof addressNames)[number], string>;
  addressInput.country = addressInput.country.trim().toUpperCase();
  for (const [field, problem] of Object.entries(checkAddress(addressInput, addressRules))) {
    fields[field] = checkoutErrorMessage(problem, tCheckout as unknown as CheckoutTranslator, (code) => countryName(code, locale));
  }
  const lines = parsePhoneOrderLines(readField(form, "lines"));
  if (!lines.ok) fields["lines"] = t("phoneOrder.errors.lineFormat", { line: lines.line + 1 });
  const couponText = readField(form, "couponCode").trim();
  const couponCode = couponText ? normalizeCouponCode(couponText) : null;
  if (couponText && !couponCode) fields["couponCode"] = t("phoneOrder.errors.couponFormat");
  const paymentMethod = readField(form, "paymentMethod");
  if (paymentMethod !== "bank_transfer" && paymentMethod !== "cash_on_delivery") fields["paymentMethod"] = t("phoneOrder.errors.payment");
  const customerLocale = readField(form, "customerLocale");
  const key = readField(form, "key");
  if (!/^[0-9a-f-]{36}$/.test(key)) return fail(t("phoneOrder.errors.stale"));
  if (Object.keys(fields).length || !lines.ok) return fail(t("errors.checkFields"), fields);

  const input: PhoneOrderInput = {
    email,
    locale: isLocale(customerLocale) ? customerLocale : locale,
    address: cleanAddress(addressInput, formatOf(addressRules, addressInput.country)),
    lines: lines.lines,
    couponCode,
    shippingMethodId: readField(form, "shippingMethodId").slice(0, 64) || null,
    paymentMethod: paymentMethod as PhoneOrderInput["paymentMethod"],
    idempotencyKey: `phone-${key}`,
  };
  const db = await getDb();
  const problemFields = (problems: PhoneOrderProblem[]) => ({
    lines: problems
      .map((problem) =>
        problem.line === null
          ? t(`phoneOrder.errors.${problem.reason}`)
          : problem.reason === "unknown_sku"
            ? t("phoneOrder.errors.unknownSku", { line: problem.line + 1, sku: problem.sku })
            : t("phoneOrder.errors.stock", { line: problem.line + 1, sku: problem.sku, available: problem.available ?? 0 }),
      )
      .join(" "),
  });

  if (readField(form, "intent") === "place") {
    const expectedTotal = Number.parseInt(readField(form, "expectedTotal"), 10);
    const result = await placePhoneOrder(
      db,
      await paymentGateway(),
      { ...input, expectedTotal: Number.isSafeInteger(expectedTotal) ? expectedTotal : -1, expectedCurrency: readField(form, "expectedCurrency").slice(0, 3) },
      { rules, actor: { id: member.id, email: member.email } },
    );
    if (result.status === "placed") {
      await deliverReceipt(db, { orderId: result.orderId }).catch((error: unknown) => console.error("[admin] phone order receipt failed:", error));
      redirect(`/${locale}/admin/orders/${result.number}`);
    }
    if (result.status === "invalid") return fail(t("errors.checkFields"), problemFields(result.problems));
    if (result.status === "total_changed") {
      const again = await preview(input, locale, t);
      return again.status === "preview" ? { ...again, notice: t("phoneOrder.totalChanged") } : again;
    }
    if (result.status === "out_of_stock") return fail(t("errors.checkFields"), { lines: t("phoneOrder.errors.not_enough_stock_now") });
    if (result.status === "coupon_used_up") return fail(t("errors.checkFields"), { couponCode: t("phoneOrder.errors.couponUsedUp") });
    if (result.status === "no_shipping") return fail(t("errors.checkFields"), { country: t("phoneOrder.errors.no_shipping") });
    return fail(t("phoneOrder.errors.notPlaced"));
  }
  return preview(input, locale, t);

  async function preview(order: PhoneOrderInput, pageLocale: Locale, words: typeof t): Promise<PhoneOrderState> {
    const priced = await quotePhoneOrder(db, order, rules);
    if (!priced.ok) return fail(words("errors.checkFields"), problemFields(priced.problems));
    const { quote } = priced;
    const format = (amount: number) => formatMoney({ amount, currency: quote.currency }, localeTags[pageLocale]);
    const couponNote =
      order.couponCode && quote.coupon && !quote.coupon.applied ? words("phoneOrder.couponNotApplied", { code: order.couponCode }) : null;
    return {
      status: "preview",
      values: typed,
      at: Date.now(),
      notice: couponNote,
      expectedTotal: quote.total.amount,
      currency: quote.currency,
      lines: priced.lines.map((line, index) => ({
        sku: line.sku,
        name: [line.name, ...Object.values(line.options)].join(" · "),
        quantity: line.quantity,
        total: format(quote.lines[index]?.total.amount ?? 0),
      })),
      figures: [
        { label: words("phoneOrder.subtotal"), value: format(quote.subtotal.amount) },
        ...(quote.orderDiscount.amount ? [{ label: words("phoneOrder.discount"), value: `−${format(quote.orderDiscount.amount)}` }] : []),
        { label: words("phoneOrder.shipping"), value: quote.selectedShipping!.free ? words("phoneOrder.free") : format(quote.selectedShipping!.price.amount) },
        { label: quote.tax.included ? words("phoneOrder.taxIncluded") : words("phoneOrder.tax"), value: format(quote.tax.total.amount) },
        { label: words("phoneOrder.total"), value: format(quote.total.amount) },
      ],
      shippingOptions: quote.shippingOptions.map((option) => ({
        id: option.methodId,
        label: `${option.carrier} · ${option.service} · ${option.free ? words("phoneOrder.free") : format(option.price.amount)}`,
      })),
      selectedShipping: quote.selectedShipping!.methodId,
    };
  }
}

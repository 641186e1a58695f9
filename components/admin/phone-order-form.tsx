"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { phoneOrderAction } from "@/lib/admin/phone-order-actions";
import type { PhoneOrderState } from "@/lib/admin/phone-order-state";

export interface PhoneOrderText {
  customer: string;
  email: string;
  customerLocale: string;
  locales: Record<string, string>;
  address: string;
  fullName: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  regionHint: string;
  country: string;
  items: string;
  lines: string;
  linesHint: string;
  couponCode: string;
  shipping: string;
  cheapest: string;
  payment: string;
  bankTransfer: string;
  cashOnDelivery: string;
  paymentHint: string;
  check: string;
  place: string;
  summary: string;
  sku: string;
  product: string;
  quantity: string;
  lineTotal: string;
}

/**
 * Takes an order on the phone: who, where, what (SKU and quantity per line), coupon, delivery and
 * payment; "Check price" prices it with the checkout's own rules, "Place order" places exactly that.
 */
export function PhoneOrderForm({ text, countries, initial }: { text: PhoneOrderText; countries: { code: string; name: string }[]; initial: Record<string, string> }) {
  const locale = useLocale();
  // One key per order being taken: a double click or a retry places one order.
  const [key] = useState(() => crypto.randomUUID());
  const [state, act, pending] = useActionState<PhoneOrderState, FormData>(phoneOrderAction, { status: "idle" });
  const typed = state.status === "idle" ? undefined : state.values;
  const value = (name: string) => typed?.[name] ?? initial[name] ?? "";
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const preview = state.status === "preview" ? state : null;
  const field = (name: keyof PhoneOrderText & string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <TextField id={`phone-${name}`} name={name} label={text[name] as string} hint={hint} defaultValue={value(name)} error={error(name)} {...props} />
  );
  const select = (name: string, label: string, options: { value: string; label: string }[], hint?: string) => (
    <div className="space-y-1">
      <label htmlFor={`phone-${name}`} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`phone-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <select
        id={`phone-${name}`}
        name={name}
        defaultValue={value(name)}
        className="field"
        aria-invalid={error(name) ? true : undefined}
        aria-describedby={[hint ? `phone-${name}-hint` : null, error(name) ? `phone-${name}-error` : null].filter(Boolean).join(" ") || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error(name) ? (
        <p id={`phone-${name}-error`} className="text-sm text-sale">
          {error(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action={act} key={state.status === "idle" ? "idle" : state.at} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="key" value={key} />
      <fieldset className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">{text.customer}</legend>
        {field("email", { type: "email", autoComplete: "off", dir: "ltr", maxLength: 254 })}
        {select("customerLocale", text.customerLocale, Object.entries(text.locales).map(([code, label]) => ({ value: code, label })))}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">{text.address}</legend>
        {field("fullName", { autoComplete: "off", maxLength: 100 })}
        {select("country", text.country, countries.map((country) => ({ value: country.code, label: country.name })))}
        {field("line1", { autoComplete: "off", maxLength: 120 })}
        {field("line2", { autoComplete: "off", maxLength: 120 })}
        {field("postalCode", { autoComplete: "off", dir: "ltr", maxLength: 20 })}
        {field("city", { autoComplete: "off", maxLength: 80 })}
        {field("region", { autoComplete: "off", maxLength: 80 }, text.regionHint)}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-bold">{text.items}</legend>
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="phone-lines" className="block font-medium">
            {text.lines}
          </label>
          <p id="phone-lines-hint" className="text-sm text-muted">
            {text.linesHint}
          </p>
          <textarea
            id="phone-lines"
            name="lines"
            rows={4}
            dir="ltr"
            className="field font-mono"
            defaultValue={value("lines")}
            aria-invalid={error("lines") ? true : undefined}
            aria-describedby={["phone-lines-hint", error("lines") ? "phone-lines-error" : null].filter(Boolean).join(" ")}
          />
          {error("lines") ? (
            <p id="phone-lines-error" className="text-sm text-sale">
              {error("lines")}
            </p>
          ) : null}
        </div>
        {field("couponCode", { autoComplete: "off", dir: "ltr", maxLength: 32, autoCapitalize: "characters" })}
        {select("shippingMethodId", text.shipping, [{ value: "", label: text.cheapest }, ...(preview?.shippingOptions.map((option) => ({ value: option.id, label: option.label })) ?? [])])}
        {select(
          "paymentMethod",
          text.payment,
          [
            { value: "bank_transfer", label: text.bankTransfer },
            { value: "cash_on_delivery", label: text.cashOnDelivery },
          ],
          text.paymentHint,
        )}
      </fieldset>
      {preview ? (
        <section aria-labelledby="phone-summary-title" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="phone-summary-title" className="text-lg font-bold">
            {text.summary}
          </h2>
          {preview.notice ? (
            <p role="alert" className="font-medium text-sale">
              {preview.notice}
            </p>
          ) : null}
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{text.summary}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 text-start">{text.sku}</th>
                <th scope="col" className="py-2 text-start">{text.product}</th>
                <th scope="col" className="py-2 text-end">{text.quantity}</th>
                <th scope="col" className="py-2 text-end">{text.lineTotal}</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((line) => (
                <tr key={line.sku} className="border-b border-line">
                  <td className="py-2 font-mono" dir="ltr">{line.sku}</td>
                  <td className="py-2">{line.name}</td>
                  <td className="py-2 text-end">{line.quantity}</td>
                  <td className="py-2 text-end">{line.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="grid max-w-sm grid-cols-2 gap-1">
            {preview.figures.map((figure) => (
              <div key={figure.label} className="contents">
                <dt>{figure.label}</dt>
                <dd className="text-end font-medium">{figure.value}</dd>
              </div>
            ))}
          </dl>
          <input type="hidden" name="expectedTotal" value={preview.expectedTotal} />
          <input type="hidden" name="expectedCurrency" value={preview.currency} />
        </section>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="text-sale">
          {state.message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className={preview ? "btn-secondary" : "btn-primary"} disabled={pending}>
          {text.check}
        </button>
        {preview ? (
          <button type="submit" name="intent" value="place" className="btn-primary" disabled={pending}>
            {text.place}
          </button>
        ) : null}
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AddressFormat, PlaceField } from "@/lib/address/address-format";
import { addressFieldName, type AddressField, type AddressPrefix } from "@/lib/checkout/fields";

type FieldProps = (field: string) => {
  id: string;
  name: string;
  value: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onBlur: () => void;
  error: string | null;
};

/**
 * A postal address with only what a parcel needs (A5): one "Full name", the postal code before the
 * city so the city can be filled in, line 2 behind a link, phone and company only when turned on.
 * Postal code, city and region follow the country's format (from its address data): no postal code
 * where the country has none (AE, QA), optional where it is (BH, SA), a numeric keypad where it is all
 * digits, and the region under the country's own word (State, Emirate, Oblast) as a list where there is one.
 */
export function AddressFields({
  prefix,
  countries,
  fieldProps,
  askPhone,
  askCompany,
  cityFilled,
  format,
  footer,
}: {
  prefix: AddressPrefix;
  countries: { code: string; name: string }[];
  fieldProps: FieldProps;
  askPhone: boolean;
  askCompany: boolean;
  cityFilled: boolean;
  format: AddressFormat;
  footer?: ReactNode;
}) {
  const t = useTranslations("checkout");
  const name = (field: AddressField) => addressFieldName(prefix, field);
  const section = prefix ? "billing" : "shipping";
  const line2 = fieldProps(name("line2"));
  const [showLine2, setShowLine2] = useState(line2.value !== "");
  const country = fieldProps(name("country"));
  return (
    <div className="space-y-3">
      <TextField label={t("fullName")} autoComplete={`${section} name`} autoCapitalize="words" maxLength={200} {...fieldProps(name("fullName"))} />
      <div className="space-y-1">
        <label htmlFor={country.id} className="block font-medium">
          {t("country")}
        </label>
        <select id={country.id} name={country.name} value={country.value} onChange={country.onChange} onBlur={country.onBlur} autoComplete={`${section} country`} className="field">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {country.error ? <p className="text-sm text-sale">{country.error}</p> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {format.order.map((field) => (
          <PlaceInput key={field} field={field} format={format} props={fieldProps(name(field))} section={section} cityFilled={cityFilled} />
        ))}
      </div>
      <TextField label={t("line1")} hint={t("line1Hint")} autoComplete={`${section} address-line1`} maxLength={300} {...fieldProps(name("line1"))} />
      {showLine2 ? (
        <TextField label={t("line2")} autoComplete={`${section} address-line2`} maxLength={300} {...line2} />
      ) : (
        <button type="button" className="min-h-11 text-sm text-brand underline" onClick={() => setShowLine2(true)}>
          {t("addLine2")}
        </button>
      )}
      {askCompany ? <TextField label={t("company")} autoComplete={`${section} organization`} maxLength={200} {...fieldProps(name("company"))} /> : null}
      {askPhone ? <TextField label={t("phone")} type="tel" inputMode="tel" autoComplete={`${section} tel`} maxLength={40} {...fieldProps(name("phone"))} /> : null}
      {footer}
    </div>
  );
}

/** The postal code, city or region field as the country has it (the caller shows only those it has). */
function PlaceInput({ field, format, props, section, cityFilled }: { field: PlaceField; format: AddressFormat; props: ReturnType<FieldProps>; section: string; cityFilled: boolean }) {
  const t = useTranslations("checkout");
  const optional = (label: string, required: boolean) => (required ? label : t("optional", { label }));
  if (field === "postalCode" && format.postalCode) {
    const { label, required, numeric } = format.postalCode;
    const word = label === "zip" ? t("zip") : label === "eircode" ? t("eircode") : label === "pin" ? t("pin") : t("postalCode");
    return (
      <TextField
        label={optional(word, required)}
        autoComplete={`${section} postal-code`}
        inputMode={numeric ? "numeric" : "text"}
        autoCapitalize="characters"
        maxLength={20}
        {...props}
      />
    );
  }
  if (field === "city" && format.city) {
    return <TextField label={optional(t("city"), format.city.required)} hint={cityFilled ? t("cityFilled") : undefined} autoComplete={`${section} address-level2`} maxLength={200} {...props} />;
  }
  if (field === "region" && format.region) {
    const { label, required, options } = format.region;
    const word = optional(t(`regions.${label}`), required);
    if (!options) return <TextField label={word} autoComplete={`${section} address-level1`} maxLength={200} {...props} />;
    return (
      <div className="space-y-1">
        <label htmlFor={props.id} className="block font-medium">
          {word}
        </label>
        <select
          id={props.id}
          name={props.name}
          value={props.value}
          onChange={props.onChange}
          onBlur={props.onBlur}
          autoComplete={`${section} address-level1`}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
          className="field"
        >
          <option value="">{t("chooseRegion")}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        {props.error ? (
          <p id={`${props.id}-error`} className="text-sm text-sale">
            {props.error}
          </p>
        ) : null}
      </div>
    );
  }
  return null;
}

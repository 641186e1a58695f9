"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
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
 */
export function AddressFields({
  prefix,
  countries,
  fieldProps,
  askPhone,
  askCompany,
  cityFilled,
  zipLabel,
  footer,
}: {
  prefix: AddressPrefix;
  countries: { code: string; name: string }[];
  fieldProps: FieldProps;
  askPhone: boolean;
  askCompany: boolean;
  cityFilled: boolean;
  zipLabel: boolean;
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
        <TextField
          label={zipLabel ? t("zip") : t("postalCode")}
          autoComplete={`${section} postal-code`}
          inputMode={zipLabel ? "numeric" : "text"}
          autoCapitalize="characters"
          maxLength={20}
          {...fieldProps(name("postalCode"))}
        />
        <TextField label={t("city")} hint={cityFilled ? t("cityFilled") : undefined} autoComplete={`${section} address-level2`} maxLength={200} {...fieldProps(name("city"))} />
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

"use client";

import { useTranslations } from "next-intl";
import { addressOnOneLine } from "@/lib/address/address-format";
import { addressLines, formatOf } from "@/lib/checkout/fields";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { AddressFields } from "./address-fields";
import { SectionShell } from "./section-shell";
import type { CheckoutFormState } from "./use-checkout-form";

/** 2. Delivery address, and a billing address when it differs. */
export function DeliveryAddressSection({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const { props, values, set, fieldProps, addressRules } = form;
  // The address as the shopper typed it (their script and digits), isolated so an RTL page keeps its order.
  const summary = (
    <bdi data-shopper-text="">
      {addressOnOneLine(addressLines(values, form.countryName, formatOf(addressRules, values.country ?? "")), localeTags[form.locale as Locale])}
    </bdi>
  );
  return (
    <SectionShell form={form} section="address" summary={summary}>
      <AddressFields
        prefix=""
        countries={props.countries}
        fieldProps={fieldProps}
        askPhone={props.askPhone}
        askCompany={props.askCompany}
        cityFilled={form.cityFilled}
        format={formatOf(addressRules, values.country ?? "")}
        footer={
          <>
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" checked={values.billingSame !== "no"} onChange={(event) => set("billingSame", event.target.checked ? "yes" : "no")} className="h-5 w-5" />
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
      />
    </SectionShell>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { EmailSuggestion } from "@/components/ui/email-suggestion";
import { Ltr } from "@/components/ui/ltr";
import { TextField } from "@/components/ui/text-field";
import { checkEmail } from "@/lib/checkout/fields";
import { SectionShell } from "./section-shell";
import type { CheckoutFormState } from "./use-checkout-form";

/** 1. Contact: the email the receipt goes to, a typo suggestion, the marketing consent, and (when offered) a text reminder. */
export function ContactSection({ form }: { form: CheckoutFormState }) {
  const t = useTranslations("checkout");
  const { values, set, touch, touched, save } = form;
  return (
    <SectionShell form={form} section="contact" summary={values.email ? <Ltr>{values.email}</Ltr> : ""}>
      <div className="space-y-3">
        <TextField
          label={t("email")}
          hint={t("emailHint")}
          type="email"
          inputMode="email"
          autoComplete="email"
          dir="ltr"
          {...form.fieldProps("email")}
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
        <CheckboxField label={t("consent")} name="marketingConsent" checked={values.marketingConsent === "yes"} onChange={(on) => set("marketingConsent", on ? "yes" : "no")} />
        {form.props.textReminders ? (
          <>
            <CheckboxField label={t("smsReminder")} name="smsReminder" checked={values.smsReminder === "yes"} onChange={(on) => set("smsReminder", on ? "yes" : "no")} />
            {values.smsReminder === "yes" ? (
              <TextField label={t("smsPhone")} hint={t("smsHint")} type="tel" inputMode="tel" autoComplete="tel" dir="ltr" maxLength={30} {...form.fieldProps("smsPhone")} />
            ) : null}
          </>
        ) : null}
      </div>
    </SectionShell>
  );
}

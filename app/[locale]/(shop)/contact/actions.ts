"use server";

import { track } from "@/lib/analytics/track";
import { emptyContactValues, validateContactMessage, type ContactFormState } from "@/lib/contact/schema";
import { sendContactMessageFromSite } from "@/lib/contact/send-contact-message";
import { isLocale } from "@/lib/i18n/locales";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 10_000) : "";
};

export async function submitContactMessage(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const values = { ...emptyContactValues, name: text(form, "name"), email: text(form, "email"), message: text(form, "message") };
  const locale = text(form, "locale");
  const checked = validateContactMessage(values);
  if (!checked.ok) return { status: "invalid", values, errors: checked.errors };
  const language = isLocale(locale) ? locale : "en";
  try {
    const outcome = await sendContactMessageFromSite(checked.message, language, { ipKey: await currentIpKey() });
    if (outcome.status === "limited") return { status: "limited", values, minutes: retryMinutes(outcome.retryAfterSeconds) };
    if (!outcome.delivered) return { status: "failed", values };
  } catch (error) {
    console.error("[contact] sending failed:", error);
    return { status: "failed", values };
  }
  await track("contact_message", { locale: language }, { locale: language });
  return { status: "sent", name: checked.message.name, email: checked.message.email };
}

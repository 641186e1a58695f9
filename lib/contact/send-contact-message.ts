import "server-only";
import { createElement } from "react";
import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { ContactAck } from "@/lib/mail/templates/contact-ack";
import { ContactStaff } from "@/lib/mail/templates/contact-staff";
import { mailTranslator } from "@/lib/mail/translator";
import { consumeLimits } from "@/lib/security/limits";
import { store } from "@/lib/store/config";
import type { ContactMessage } from "./schema";

export type ContactOutcome = { status: "sent"; delivered: boolean } | { status: "limited"; retryAfterSeconds: number };

/**
 * Forwards the message to the support inbox (English) and confirms to the shopper in their
 * language, within the limits per sender address and per IP (`ipKey`): the form mails an address
 * anyone can type, so it must not become a way to flood an inbox, ours or theirs.
 */
export async function sendContactMessage(db: Executor, message: ContactMessage, locale: Locale, { ipKey }: { ipKey: string }): Promise<ContactOutcome> {
  const verdict = await consumeLimits(db, "contactMessage", { sender: message.email, ip: ipKey });
  if (!verdict.ok) return { status: "limited", retryAfterSeconds: verdict.retryAfterSeconds };
  const [shopper, staff] = await Promise.all([mailTranslator(locale), mailTranslator("en")]);
  const staffMail = await sendMail(db, {
    to: store.contact.email,
    replyTo: message.email,
    subject: staff.t("contactStaffSubject", { name: message.name }),
    template: "contact-staff",
    locale: "en",
    body: createElement(ContactStaff, { ...staff, ...message }),
  });
  const ack = await sendMail(db, {
    to: message.email,
    subject: shopper.t("contactAckSubject"),
    template: "contact-ack",
    locale,
    body: createElement(ContactAck, shopper),
  });
  return { status: "sent", delivered: staffMail.delivered && ack.delivered };
}

/** The contact form's send, on the app's own database. */
export async function sendContactMessageFromSite(message: ContactMessage, locale: Locale, { ipKey }: { ipKey: string }): Promise<ContactOutcome> {
  return sendContactMessage(await getDb(), message, locale, { ipKey });
}

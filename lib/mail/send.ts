import "server-only";
import { render, toPlainText } from "@react-email/render";
import nodemailer, { type Transporter } from "nodemailer";
import type { ReactElement } from "react";
import type { Executor } from "@/db/client";
import { env, services } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { insertOutboxMail, markMailSent } from "./queries";

export interface OutgoingMail {
  to: string;
  subject: string;
  template: string;
  locale: Locale;
  body: ReactElement;
  replyTo?: string;
}

let transporter: Transporter | undefined;
function smtp(): Transporter {
  transporter ??= nodemailer.createTransport(env.SMTP_URL!);
  return transporter;
}

/**
 * Renders a react-email template and delivers it. Every mail is written to the outbox first;
 * with SMTP configured it is then sent for real, otherwise the outbox is the dev mailbox
 * (readable at /<locale>/dev/mailbox). Returns the outbox id.
 */
export async function sendMail(db: Executor, mail: OutgoingMail): Promise<{ id: number; delivered: boolean }> {
  const html = await render(mail.body);
  const text = toPlainText(html);
  const row = await insertOutboxMail(db, {
    to: mail.to,
    subject: mail.subject,
    template: mail.template,
    locale: mail.locale,
    html,
    text,
    transport: services.mail,
    sentAt: services.mail === "dev-mailbox" ? new Date() : null,
  });
  if (services.mail === "dev-mailbox") return { id: row.id, delivered: true };

  try {
    await smtp().sendMail({ from: env.MAIL_FROM, to: mail.to, replyTo: mail.replyTo, subject: mail.subject, html, text });
    await markMailSent(db, { id: row.id, error: null });
    return { id: row.id, delivered: true };
  } catch (error) {
    console.error(`[mail] SMTP delivery of #${row.id} failed:`, error);
    await markMailSent(db, { id: row.id, error: error instanceof Error ? error.message : String(error) });
    return { id: row.id, delivered: false };
  }
}

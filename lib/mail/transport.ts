import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, services } from "@/lib/env";
import type { MailHeaders } from "./headers";

export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  /** The sender line (the admin's mail settings); MAIL_FROM when absent. */
  from?: string;
  /** Extra headers (List-Unsubscribe…), passed to nodemailer as they are. */
  headers?: MailHeaders;
}

/** Hands a rendered mail to the world. The dev mailbox needs no hand-off: the outbox row is the mail (headers included, in its params). */
export interface MailTransport {
  kind: "smtp" | "dev-mailbox";
  send(mail: MailMessage): Promise<void>;
}

let transporter: Transporter | undefined;

export function defaultTransport(): MailTransport {
  if (services.mail === "dev-mailbox") return { kind: "dev-mailbox", send: async () => {} };
  return {
    kind: "smtp",
    async send(mail) {
      transporter ??= nodemailer.createTransport(env.SMTP_URL!);
      await transporter.sendMail({ ...mail, from: mail.from ?? env.MAIL_FROM });
    },
  };
}

import "server-only";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import type { Executor } from "@/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { deliveryParams, mailHeadersOf, type MailHeaders } from "./headers";
import { claimDueMail, insertOutboxMail, insertQueuedMail, markMailFailed, markMailSent, markMailSkipped, saveRenderedMail, type OutboxMail } from "./queries";
import { mailFrom } from "@/lib/settings/fields";
import { loadStoreSettings } from "@/lib/settings/store-settings";
import { defaultTransport, type MailTransport } from "./transport";

export interface OutgoingMail {
  to: string;
  subject: string;
  template: string;
  locale: Locale;
  body: ReactElement;
  replyTo?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on a reminder. */
  headers?: MailHeaders;
}

/** A queued mail rendered: its subject, body and any extra headers. */
export interface RenderedMail {
  subject: string;
  body: ReactElement;
  headers?: MailHeaders;
}

/**
 * Renders a queued mail from what was stored with it (e.g. a receipt from its order). `{ skip }`
 * says the mail no longer has a reason to go out (a reminder for a cart that became an order): it
 * is dropped, unsent, with the reason as its error. `null` means its subject cannot be found yet,
 * and is retried like a failed send. `mail` is the queued row's recipient and language.
 */
export type MailRenderer = (db: Executor, params: Record<string, unknown>, mail: { to: string; locale: Locale }) => Promise<RenderedMail | { skip: string } | null>;

/** Attempts a mail may take (the first at once, then after 1, 5, 30 minutes, 2, 6, 12 and 24 hours). */
export const mailPolicy = { maxAttempts: 8, leaseMs: 2 * 60_000 } as const;
const retryMinutes = [1, 5, 30, 120, 360, 720, 1440];
const retryAt = (attempts: number, now: Date) => new Date(now.getTime() + retryMinutes[Math.min(attempts - 1, retryMinutes.length - 1)]! * 60_000);

/**
 * Renders a react-email template and delivers it now. Every mail is written to the outbox first;
 * with SMTP configured it is then sent, and a failed send is retried by the delivery worker;
 * without SMTP the outbox is the dev mailbox. Returns the outbox id.
 */
export async function sendMail(db: Executor, mail: OutgoingMail, transport: MailTransport = defaultTransport()): Promise<{ id: number; delivered: boolean }> {
  const html = await render(mail.body);
  const text = toPlainText(html);
  const now = new Date();
  const row = await insertOutboxMail(db, {
    to: mail.to,
    subject: mail.subject,
    template: mail.template,
    locale: mail.locale,
    html,
    text,
    params: deliveryParams(null, { replyTo: mail.replyTo, headers: mail.headers }),
    transport: transport.kind,
    sentAt: transport.kind === "dev-mailbox" ? now : null,
    // This attempt is the first; should it fail (or the process die), the worker takes over later.
    attempts: 1,
    nextAttemptAt: retryAt(1, now),
  });
  if (transport.kind === "dev-mailbox") return { id: row.id, delivered: true };
  return { id: row.id, delivered: await handOver(db, row, transport, now, await senderOf(db)) };
}

/**
 * Queues a mail in the caller's transaction (the transactional outbox): it exists exactly when
 * what it reports committed, and the worker renders and sends it, retrying until it goes out.
 */
export async function queueMail(db: Executor, mail: { to: string; template: string; locale: Locale; params: Record<string, unknown>; dedupeKey: string }, transport: MailTransport["kind"] = defaultTransport().kind) {
  await insertQueuedMail(db, { ...mail, transport });
}

/** Delivers the mail that is due (or just the one with `dedupeKey`); returns how many went out (skipped mail does not count). */
export async function deliverDueMail(
  db: Executor,
  { renderers, transport = defaultTransport(), now = new Date(), limit = 20, dedupeKey }: { renderers: Record<string, MailRenderer>; transport?: MailTransport; now?: Date; limit?: number; dedupeKey?: string },
): Promise<number> {
  const due = await claimDueMail(db, { now, limit, dedupeKey, leaseMs: mailPolicy.leaseMs, maxAttempts: mailPolicy.maxAttempts });
  let delivered = 0;
  const from = due.length ? await senderOf(db) : "";
  for (const mail of due) {
    try {
      const ready = mail.html === null ? await renderQueued(db, mail, renderers) : mail;
      if (ready && (await handOver(db, ready, transport, now, from))) delivered++;
    } catch (error) {
      console.error(`[mail] rendering #${mail.id} (${mail.template}) failed:`, error);
      await markMailFailed(db, { id: mail.id, error: describe(error), retryAt: retryAt(mail.attempts, now) });
    }
  }
  return delivered;
}

async function renderQueued(db: Executor, mail: OutboxMail, renderers: Record<string, MailRenderer>): Promise<OutboxMail | null> {
  const renderer = renderers[mail.template];
  if (!renderer) throw new Error(`No renderer for queued mail template "${mail.template}"`);
  const rendered = await renderer(db, mail.params ?? {}, { to: mail.to, locale: isLocale(mail.locale) ? mail.locale : "en" });
  if (!rendered) throw new Error(`Nothing to render for ${mail.template} ${JSON.stringify(mail.params)}`);
  if ("skip" in rendered) {
    await markMailSkipped(db, { id: mail.id, reason: rendered.skip, attempts: mailPolicy.maxAttempts });
    return null;
  }
  const html = await render(rendered.body);
  // Headers are kept beside what the mail was rendered from, as a reply-to is: a retry sends the same mail.
  const ready = { ...mail, subject: rendered.subject, html, text: toPlainText(html), params: deliveryParams(mail.params, { headers: rendered.headers }) };
  await saveRenderedMail(db, ready);
  return ready;
}

/** The sender line of the store's mail (the admin's settings over MAIL_FROM), read once per delivery round. */
const senderOf = async (db: Executor) => mailFrom((await loadStoreSettings(db)).settings.mail);

async function handOver(db: Executor, mail: OutboxMail, transport: MailTransport, now: Date, from: string): Promise<boolean> {
  try {
    const replyTo = typeof mail.params?.replyTo === "string" ? mail.params.replyTo : undefined;
    const headers = mailHeadersOf(mail.params);
    await transport.send({ to: mail.to, from, subject: mail.subject ?? "", html: mail.html ?? "", text: mail.text ?? "", replyTo, ...(headers ? { headers } : {}) });
    await markMailSent(db, { id: mail.id, at: new Date() });
    return true;
  } catch (error) {
    console.error(`[mail] delivery of #${mail.id} failed (attempt ${mail.attempts}):`, error);
    await markMailFailed(db, { id: mail.id, error: describe(error), retryAt: retryAt(mail.attempts, now) });
    return false;
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

import "server-only";
import { getDb } from "@/db";
import { mailHeadersOf, type MailHeaders } from "./headers";
import { getOutboxMail, listOutbox, type OutboxMail } from "./queries";

/** The dev mailbox's list: the newest mails the store wrote. Callers check `requireMailboxAccess` first. */
export async function loadMailbox({ limit }: { limit: number }) {
  return listOutbox(await getDb(), { limit });
}

/** One mail of the dev mailbox with the extra headers it went out with, or null for an id that is not one. */
export async function loadMailboxMail({ id }: { id: number }): Promise<(OutboxMail & { headers: MailHeaders }) | null> {
  const mail = await getOutboxMail(await getDb(), { id });
  return mail ? { ...mail, headers: mailHeadersOf(mail.params) ?? {} } : null;
}

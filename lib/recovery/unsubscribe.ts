import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { mailUnsubscribes } from "@/db/schema";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { signingKey } from "@/lib/security/secret";
import { addressFromUnsubscribeToken, normalizeAddress, unsubscribeToken } from "./unsubscribe-token";

/**
 * Unsubscribing from reminders (docs/recovery.md): an address in `mail_unsubscribes` gets no more
 * abandoned-cart reminders; receipts and other order mail still go out.
 */
export type UnsubscribeSource = (typeof mailUnsubscribes.$inferInsert)["source"];

/** Records the address as unsubscribed; a second time changes nothing (the first date stays). */
export async function unsubscribe(db: Executor, email: string, source: UnsubscribeSource): Promise<{ already: boolean }> {
  const inserted = await db.insert(mailUnsubscribes).values({ email: normalizeAddress(email), source }).onConflictDoNothing().returning({ email: mailUnsubscribes.email });
  return { already: inserted.length === 0 };
}

export async function isUnsubscribed(db: Executor, email: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(db, sql`select exists (select 1 from mail_unsubscribes where email = ${normalizeAddress(email)}) as found`);
  return row?.found ?? false;
}

/** The address a token from a reminder names, or null for a forged or damaged one. */
export async function verifyUnsubscribeToken(token: string): Promise<string | null> {
  return addressFromUnsubscribeToken(token, await signingKey());
}

/** The page a reminder links to (one button) and the one-click endpoint its headers name. */
export async function unsubscribeUrls(email: string, locale: Locale): Promise<{ page: string; oneClick: string }> {
  const token = unsubscribeToken(email, await signingKey());
  return {
    page: new URL(`/${locale}/unsubscribe/${token}`, env.SITE_URL).toString(),
    oneClick: new URL(`/api/unsubscribe/${token}`, env.SITE_URL).toString(),
  };
}

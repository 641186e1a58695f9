import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { Locale } from "@/lib/i18n/locales";
import type { JobQueue } from "@/lib/jobs/queue";
import { recoveryArmsFor } from "@/lib/experiments/recovery-arms";
import { loadRecoverySettings, type RecoverySettings } from "./settings";
import { recoveryStepKey, recoveryStepQueue, type RecoveryStepJob } from "./step-queue";

/** Enough of the job queue to enqueue a step inside a transaction. */
export type StepQueue = Pick<JobQueue, "enqueue">;

/** Enqueues a step with the transaction's writes; a step of this cart already waiting stands for it. */
export async function queueStep(tx: Transaction, jobs: StepQueue, job: RecoveryStepJob & { startAfter: Date }) {
  const { cartId, step, startAfter } = job;
  await jobs.enqueue(recoveryStepQueue.name, { cartId, step }, { startAfter, singletonKey: recoveryStepKey(job), inTransaction: tx });
}

export interface RecoveryContact {
  cartId: string;
  /** null: the shopper asked for push or texts only (E3); an address known before is kept. */
  email: string | null;
  locale: Locale;
  /** Already checked (lib/recovery/settings.ts isTimeZone); null keeps the one known. */
  timeZone: string | null;
  marketingConsent: boolean;
}

/**
 * Starts the cart's reminder sequence (E2) in the transaction that gave the cart a contact (an
 * email, a mobile number for texts, a browser for push; the step finds which it may use): the
 * sequence row, and step 1 for the first delay from now (the shopper is active right now). Starting
 * again keeps `started_at` and refreshes the contact; a stopped sequence stays stopped, and a cart
 * without items has nothing to remind of.
 */
export async function startRecovery(
  tx: Transaction,
  jobs: StepQueue,
  contact: RecoveryContact,
  { now = new Date(), settings: given }: { now?: Date; settings?: RecoverySettings } = {},
): Promise<boolean> {
  const settings = given ?? (await loadRecoverySettings(tx));
  const { cartId, email, locale, timeZone, marketingConsent } = contact;
  const [active] = await queryRows<{ firstSent: boolean }>(
    tx,
    sql`insert into recovery_sequences (cart_id, email, locale, time_zone, marketing_consent, started_at)
        select ${cartId}::uuid, ${email}::text, ${locale}::text, ${timeZone}::text, ${marketingConsent}::boolean, ${now.toISOString()}::timestamptz
        where exists (select 1 from cart_lines where cart_id = ${cartId})
        on conflict (cart_id) do update set email = coalesce(excluded.email, recovery_sequences.email), locale = excluded.locale,
          marketing_consent = case when excluded.email is null then recovery_sequences.marketing_consent else excluded.marketing_consent end,
          time_zone = coalesce(excluded.time_zone, recovery_sequences.time_zone)
          where recovery_sequences.stopped_at is null
        returning exists (select 1 from recovery_messages where cart_id = ${cartId} and step = 1) as "firstSent"`,
  );
  if (!active) return false;
  // Once step 1 went out, the next step is already waiting (and will see this activity).
  if (active.firstSent) return true;
  // An experiment on the reminders' timing sets the first delay of this cart's visitor.
  const { delays } = (await recoveryArmsFor(tx, { cartId, settings })).settings;
  await queueStep(tx, jobs, { cartId, step: 1, startAfter: new Date(now.getTime() + delays[0]!) });
  return true;
}

/**
 * A signed-in shopper changed their cart: the account's address is the contact, unless the
 * checkout captured one (with its consent, and the browser's time zone).
 */
export async function startRecoveryForOwner(
  tx: Transaction,
  jobs: StepQueue,
  { cartId, userId, locale }: { cartId: string; userId: string; locale: Locale },
  options: { now?: Date; settings?: RecoverySettings } = {},
): Promise<boolean> {
  const [owner] = await queryRows<{ email: string | null; consent: boolean; timeZone: string | null }>(
    tx,
    sql`select coalesce(k.email, u.email) as email, coalesce(k.email is not null and k.marketing_consent, false) as consent, k.time_zone as "timeZone"
        from users u left join checkouts k on k.cart_id = ${cartId} where u.id = ${userId}`,
  );
  if (!owner?.email) return false;
  return startRecovery(tx, jobs, { cartId, email: owner.email, locale, timeZone: owner.timeZone, marketingConsent: owner.consent }, options);
}

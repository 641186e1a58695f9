import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { checkouts, type PostalAddress } from "@/db/schema";
import { storableText } from "@/lib/security/storable-text";

/** The checkout fields kept as typed; card fields are never among them. */
export const draftFields = [
  "email",
  "fullName",
  "line1",
  "line2",
  "postalCode",
  "city",
  "region",
  "country",
  "phone",
  "company",
  "billingSame",
  "billingFullName",
  "billingLine1",
  "billingLine2",
  "billingPostalCode",
  "billingCity",
  "billingRegion",
  "billingCountry",
  "billingPhone",
  "billingCompany",
  "shippingMethodId",
  "paymentMethod",
  "marketingConsent",
  "smsReminder",
  "smsPhone",
] as const;

export type DraftField = (typeof draftFields)[number];
export type CheckoutDraft = Partial<Record<DraftField, string>>;

/** Keeps known fields only, each capped, so a forged request can store nothing else. */
export function cleanDraft(input: unknown): CheckoutDraft {
  if (!input || typeof input !== "object") return {};
  const draft: CheckoutDraft = {};
  for (const field of draftFields) {
    const value = (input as Record<string, unknown>)[field];
    // Capped, then made storable: jsonb refuses a NUL, and a lone surrogate (a cap can split an emoji's pair).
    if (typeof value === "string") draft[field] = storableText(value.slice(0, 300));
  }
  return draft;
}

export async function loadDraft(db: Executor, { cartId }: { cartId: string }): Promise<CheckoutDraft> {
  const [row] = await db.select({ draft: checkouts.draft }).from(checkouts).where(eq(checkouts.cartId, cartId));
  return cleanDraft(row?.draft);
}

/**
 * Saves what the shopper typed. The email is stored in its own column (with the consent state) only
 * once it is valid, for following up an abandoned checkout (E1); the browser's time zone (already
 * checked) so that a reminder waits out the night where the shopper is; the mobile number (E.164)
 * while "text me a reminder" is ticked, none once it is not.
 */
export async function saveDraft(
  db: Executor,
  {
    cartId,
    visitorId,
    draft,
    validEmail,
    timeZone = null,
    smsPhone = null,
  }: { cartId: string; visitorId: string; draft: CheckoutDraft; validEmail: string | null; timeZone?: string | null; smsPhone?: string | null },
) {
  const now = new Date();
  const consent = draft.marketingConsent === "yes";
  const emailColumns = validEmail ? { email: validEmail, marketingConsent: consent, emailCapturedAt: now } : {};
  const zoneColumn = timeZone ? { timeZone } : {};
  await db
    .insert(checkouts)
    .values({ cartId, visitorId, draft, updatedAt: now, smsPhone, ...emailColumns, ...zoneColumn })
    .onConflictDoUpdate({ target: checkouts.cartId, set: { draft, updatedAt: now, smsPhone, ...emailColumns, ...zoneColumn } });
}

/** A saved address as checkout fields, to prefill the form. */
export function addressDraft(address: PostalAddress): CheckoutDraft {
  return {
    fullName: address.fullName,
    line1: address.line1,
    line2: address.line2 ?? "",
    postalCode: address.postalCode,
    city: address.city,
    region: address.region ?? "",
    country: address.country,
  };
}

/**
 * The idempotency key of this checkout's order: the same for every submit (a double click, a retry
 * after an error page, a second tab) until the attempt has an outcome or the cart changes, so a
 * retry finds the order and the stock hold it already has instead of placing a second one.
 */
export async function checkoutAttemptKey(db: Executor, { cartId, visitorId }: { cartId: string; visitorId: string }): Promise<string> {
  const [row] = await queryRows<{ key: string }>(
    db,
    sql`insert into checkouts (cart_id, visitor_id, attempt_key, attempt_cart_version)
        select id, ${visitorId}, ${randomUUID()}, version from carts where id = ${cartId}
        on conflict (cart_id) do update set
          attempt_key = case when checkouts.attempt_key is not null and checkouts.attempt_cart_version = excluded.attempt_cart_version
                             then checkouts.attempt_key else excluded.attempt_key end,
          attempt_cart_version = excluded.attempt_cart_version
        returning attempt_key as key`,
  );
  if (!row) throw new Error(`No cart ${cartId} for a checkout attempt`);
  return row.key;
}

/** After a definite outcome that leaves the cart open (a declined card), the next submit is a new attempt. */
export async function nextAttemptKey(db: Executor, { cartId, used }: { cartId: string; used: string }) {
  await db.execute(sql`update checkouts set attempt_key = ${randomUUID()} where cart_id = ${cartId} and attempt_key = ${used}`);
}

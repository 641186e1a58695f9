import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkouts, type PostalAddress } from "@/db/schema";

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
] as const;

export type DraftField = (typeof draftFields)[number];
export type CheckoutDraft = Partial<Record<DraftField, string>>;

/** Keeps known fields only, each capped, so a forged request can store nothing else. */
export function cleanDraft(input: unknown): CheckoutDraft {
  if (!input || typeof input !== "object") return {};
  const draft: CheckoutDraft = {};
  for (const field of draftFields) {
    const value = (input as Record<string, unknown>)[field];
    if (typeof value === "string") draft[field] = value.slice(0, 300);
  }
  return draft;
}

export async function loadDraft(db: Executor, { cartId }: { cartId: string }): Promise<CheckoutDraft> {
  const [row] = await db.select({ draft: checkouts.draft }).from(checkouts).where(eq(checkouts.cartId, cartId));
  return cleanDraft(row?.draft);
}

/**
 * Saves what the shopper typed. The email is stored in its own column (with the consent state) only
 * once it is valid, for following up an abandoned checkout (E1).
 */
export async function saveDraft(
  db: Executor,
  { cartId, visitorId, draft, validEmail }: { cartId: string; visitorId: string; draft: CheckoutDraft; validEmail: string | null },
) {
  const now = new Date();
  const consent = draft.marketingConsent === "yes";
  const emailColumns = validEmail ? { email: validEmail, marketingConsent: consent, emailCapturedAt: now } : {};
  await db
    .insert(checkouts)
    .values({ cartId, visitorId, draft, updatedAt: now, ...emailColumns })
    .onConflictDoUpdate({ target: checkouts.cartId, set: { draft, updatedAt: now, ...emailColumns } });
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

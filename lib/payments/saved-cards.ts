import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { savedCards, users } from "@/db/schema";
import type { Gateway, SavedCardFacts } from "./types";

export interface SavedCard extends SavedCardFacts {
  id: string;
  provider: "test" | "stripe";
  /** What the gateway charges: a test-gateway vault token or a Stripe PaymentMethod id. Never shown. */
  token: string;
}

const columns = {
  id: savedCards.id,
  provider: savedCards.provider,
  token: savedCards.token,
  brand: savedCards.brand,
  last4: savedCards.last4,
  expMonth: savedCards.expMonth,
  expYear: savedCards.expYear,
};

/** Every read and write here is scoped to `userId`: another account's card ids simply match nothing. */
export async function listSavedCards(db: Executor, { userId, provider }: { userId: string; provider?: SavedCard["provider"] }): Promise<SavedCard[]> {
  return db
    .select(columns)
    .from(savedCards)
    .where(and(eq(savedCards.userId, userId), provider ? eq(savedCards.provider, provider) : undefined))
    .orderBy(desc(savedCards.createdAt));
}

export async function findSavedCard(db: Executor, { userId, id }: { userId: string; id: string }): Promise<SavedCard | null> {
  const [card] = await db.select(columns).from(savedCards).where(and(eq(savedCards.id, id), eq(savedCards.userId, userId)));
  return card ?? null;
}

/**
 * Keeps a card the shopper asked to save. Saving the same card again (same brand, last 4 and
 * expiry) or the same token twice (a retried request) keeps one.
 */
export async function keepSavedCard(db: Executor, { userId, provider, token, ...card }: Omit<SavedCard, "id"> & { userId: string }): Promise<void> {
  const same = await db
    .select({ id: savedCards.id })
    .from(savedCards)
    .where(
      and(
        eq(savedCards.userId, userId),
        eq(savedCards.provider, provider),
        eq(savedCards.brand, card.brand),
        eq(savedCards.last4, card.last4),
        eq(savedCards.expMonth, card.expMonth),
        eq(savedCards.expYear, card.expYear),
      ),
    );
  if (same.length) return;
  await db.insert(savedCards).values({ userId, provider, token, ...card }).onConflictDoNothing();
}

/** Removes one of the account's cards; returns it, or null if it is not theirs. */
export async function removeSavedCard(db: Executor, { userId, id }: { userId: string; id: string }): Promise<SavedCard | null> {
  const [removed] = await db.delete(savedCards).where(and(eq(savedCards.id, id), eq(savedCards.userId, userId))).returning(columns);
  return removed ?? null;
}

/** "Remove": the card leaves the account, and Stripe detaches it so nobody can charge it again. */
export async function forgetSavedCard(db: Executor, gateway: Gateway, { userId, id }: { userId: string; id: string }): Promise<boolean> {
  const removed = await removeSavedCard(db, { userId, id });
  if (removed?.provider === "stripe" && gateway.kind === "stripe") {
    await gateway.forgetCard?.(removed.token).catch((error: unknown) => console.error(`[payments] detaching ${removed.token} failed:`, error));
  }
  return removed !== null;
}

/**
 * Keeps a card Stripe saved with a payment (setup_future_usage): only if the PaymentMethod is
 * attached to this account's own Customer.
 */
export async function keepStripeCard(db: Executor, gateway: Gateway, { userId, paymentMethodId }: { userId: string; paymentMethodId: string }): Promise<boolean> {
  if (gateway.kind !== "stripe" || !gateway.savedCard) return false;
  const [user] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  if (!user?.customerId) return false;
  const { customerId, ...card } = await gateway.savedCard(paymentMethodId);
  if (customerId !== user.customerId) return false;
  await keepSavedCard(db, { userId, provider: "stripe", token: paymentMethodId, ...card });
  return true;
}

/** The account's Stripe Customer, created (once: the create call is idempotent per account) on first need. */
export async function stripeCustomerFor(db: Executor, gateway: Gateway, { userId, email }: { userId: string; email: string }): Promise<string> {
  const [user] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  if (user?.customerId) return user.customerId;
  if (gateway.kind !== "stripe" || !gateway.createCustomer) throw new Error("Stripe Customers need the Stripe gateway.");
  const customerId = await gateway.createCustomer({ userId, email });
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, userId));
  return customerId;
}

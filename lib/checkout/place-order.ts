import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orderLines, orders, payments, type PostalAddress } from "@/db/schema";
import { getCartView, lockExistingCart, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import type { Locale } from "@/lib/i18n/locales";
import { cardFingerprint } from "@/lib/payments/card-fingerprint";
import { findSavedCard, keepSavedCard, stripeCustomerFor, type SavedCard } from "@/lib/payments/saved-cards";
import type { CardDetails, Gateway, IntentGateway, PaymentFailureCode, PaymentGateway } from "@/lib/payments/types";
import { usStateFromZip } from "@/lib/pricing/postal-codes";
import { taxRateFor } from "@/lib/pricing/tax";
import type { PricingRules, Quote } from "@/lib/pricing/types";
import { consumeLimits, countLimitHits, type LimitSubjects } from "@/lib/security/limits";
import type { PaymentMethod } from "./fields";
import { isFirstOrder } from "./first-order";
import { applyPaymentOutcome, commitStock, completeOrder, holdCoupon, reserveStock } from "./orders";

/** How long a card payment may take before its stock hold lapses. */
export const reservationMinutes = 15;
/** How long one request may spend charging before a retry (or the reconciler) may take over. */
export const chargeLeaseSeconds = 20;

export interface PlaceOrderInput {
  cart: CartRef;
  /** One per checkout until it has an outcome or the cart changes (lib/checkout/drafts.ts). */
  idempotencyKey: string;
  email: string;
  locale: Locale;
  address: PostalAddress;
  billing: PostalAddress | null;
  shippingMethodId: string | null;
  paymentMethod: PaymentMethod;
  /** The total the shopper saw on the button, minor units. Only compared, never charged. */
  expectedTotal: number;
  /** The currency of that total: a destination in another market since the page was drawn changes the total too. */
  expectedCurrency?: string;
  /** The card as typed (test gateway only; Stripe collects it in the browser). */
  card: CardDetails | null;
  /** Or one of the account's saved cards: looked up here for `cart.userId`, so another account's id is refused. */
  savedCardId?: string | null;
  /** Keep the card for the signed-in account once it has paid. */
  saveCard?: boolean;
  rules: PricingRules;
  at?: Date;
  /**
   * The abuse limits (lib/security/limits.ts) for a shopper's own attempt: the request's IP key; the
   * cart's browser is counted with it. Staff phone orders and scripts leave it out.
   */
  limitedBy?: { ipKey: string | null };
}

export type PlaceOrderResult =
  | { status: "placed"; orderId: string; number: number; paymentMethod: PaymentMethod }
  | { status: "payment_failed"; number: number; code: PaymentFailureCode | "expired" }
  | { status: "processing"; number: number }
  | { status: "confirm_payment"; orderId: string; number: number; clientSecret: string; savedCard?: true }
  | { status: "total_changed"; quote: Quote }
  | { status: "out_of_stock"; variantIds: number[] }
  | { status: "coupon_used_up"; code: string }
  | { status: "empty_cart" }
  | { status: "no_shipping" }
  | { status: "saved_card_refused" }
  /** Refused before anything was held or charged: too many attempts, or too many declined cards; retry after the wait. */
  | { status: "limited"; reason: "attempts" | "declines"; retryAfterSeconds: number };

type Existing = { id: string; number: number; status: string; paymentMethod: PaymentMethod; failureCode: string | null };

async function findByKey(db: Executor, idempotencyKey: string): Promise<Existing | null> {
  const [row] = await queryRows<Existing>(
    db,
    sql`select o.id, o.number, o.status, o.payment_method as "paymentMethod", p.failure_code as "failureCode"
        from orders o left join payments p on p.order_id = o.id where o.idempotency_key = ${idempotencyKey}`,
  );
  return row ?? null;
}

function outcomeOf(order: Existing): PlaceOrderResult {
  if (order.status === "pending_payment") return { status: "processing", number: order.number };
  if (order.status === "payment_failed" || order.status === "cancelled") {
    return { status: "payment_failed", number: order.number, code: (order.failureCode ?? "processing_error") as PaymentFailureCode };
  }
  return { status: "placed", orderId: order.id, number: order.number, paymentMethod: order.paymentMethod };
}

type Placed = { orderId: string; number: number; total: number; currency: string };

/**
 * A card order under this key already exists and is not settled: either a twin submit is charging
 * it right now (its lease is live: wait for its answer) or the request that placed it died before
 * the outcome was known (the lease ran out: take it over and finish the charge, which the gateway's
 * idempotency key keeps to one charge). Either way the shopper gets one order and one hold.
 */
async function resumeOrWait(db: Executor, gateway: Gateway, input: PlaceOrderInput, saved: SavedCard | null): Promise<PlaceOrderResult> {
  const deadline = Date.now() + (chargeLeaseSeconds + 10) * 1000;
  while (Date.now() < deadline) {
    const order = await findByKey(db, input.idempotencyKey);
    if (!order) return { status: "empty_cart" };
    if (order.status !== "pending_payment") return outcomeOf(order);
    const taken = await takeChargeLease(db, order.id, new Date());
    if (taken) return charge(db, gateway, taken, input, saved);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const order = await findByKey(db, input.idempotencyKey);
  return order ? outcomeOf(order) : { status: "empty_cart" };
}

/** Claims the right to charge a pending card order whose stock is still held and whose lease ran out. */
export async function takeChargeLease(db: Executor, orderId: string, now: Date): Promise<Placed | null> {
  const [taken] = await queryRows<Placed>(
    db,
    sql`update orders set charge_lease_until = ${new Date(now.getTime() + chargeLeaseSeconds * 1000).toISOString()}::timestamptz
        where id = ${orderId} and status = 'pending_payment' and stock_settled = false
          and (charge_lease_until is null or charge_lease_until < ${now.toISOString()}::timestamptz)
        returning id as "orderId", number, total, currency`,
  );
  return taken ?? null;
}

class Abort extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.status);
  }
}

/**
 * Places an order from the shopper's cart, in one transaction: the quote is recomputed on the
 * server from the cart and the address (nothing about money is taken from the request), compared
 * with what the shopper saw, stock is held with a conditional update, and the order, its lines and
 * its payment record are written. The idempotency key makes a double click, a retry or a resubmitted
 * form land on the same order and the same charge. A card is then charged outside the transaction
 * and the outcome applied; a declined card releases the hold and leaves the cart as it was.
 */
export async function placeOrder(db: Executor, gateway: Gateway, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const at = input.at ?? new Date();
  const saved = input.savedCardId && input.paymentMethod === "card" ? await savedCardOf(db, gateway, input) : null;
  if (input.savedCardId && input.paymentMethod === "card" && !saved) return { status: "saved_card_refused" };
  const earlier = await findByKey(db, input.idempotencyKey);
  if (earlier) return earlier.status === "pending_payment" ? resumeOrWait(db, gateway, input, saved) : outcomeOf(earlier);

  const destination = {
    country: input.address.country,
    postalCode: input.address.postalCode,
    region: input.address.country === "US" ? usStateFromZip(input.address.postalCode) : input.address.region,
  };
  if (input.limitedBy) {
    const refused = await enforceLimits(db, input, input.limitedBy, saved);
    if (refused) return refused;
  }
  const firstOrder = await isFirstOrder(db, input.email);
  let placed: Placed;
  try {
    placed = await db.transaction(async (tx) => {
      const cartId = await lockExistingCart(tx, input.cart);
      // Re-checked under the cart lock: a twin submit may have committed while this one waited.
      const twin = await findByKey(tx, input.idempotencyKey);
      if (twin) throw new Abort(outcomeOf(twin));
      if (!cartId) throw new Abort({ status: "empty_cart" });
      const cart = await getCartView(tx, { ...input.cart, cartId, locale: input.locale });
      if (!cart || cart.lines.length === 0) throw new Abort({ status: "empty_cart" });
      const pricing = { rules: input.rules, destination, guessed: false, taxRate: taxRateFor(input.rules.taxRates, destination), at };
      const q = await quoteCart(tx, cart, pricing, { destination, shippingMethodId: input.shippingMethodId, isFirstOrder: firstOrder });
      if (!q.selectedShipping) throw new Abort({ status: "no_shipping" });
      if (q.total.amount !== input.expectedTotal || (input.expectedCurrency && q.currency !== input.expectedCurrency)) throw new Abort({ status: "total_changed", quote: q });

      const short = await reserveStock(tx, cart.lines);
      if (short.length) throw new Abort({ status: "out_of_stock", variantIds: short });
      const couponCode = q.coupon?.applied ? q.coupon.code : null;
      if (couponCode && !(await holdCoupon(tx, couponCode))) throw new Abort({ status: "coupon_used_up", code: couponCode });

      const card = input.paymentMethod === "card";
      const [order] = await tx
        .insert(orders)
        .values({
          idempotencyKey: input.idempotencyKey,
          cartId,
          visitorId: input.cart.visitorId,
          userId: input.cart.userId ?? null,
          email: input.email,
          locale: input.locale,
          status: card ? "pending_payment" : input.paymentMethod === "cash_on_delivery" ? "pay_on_delivery" : "awaiting_transfer",
          paymentMethod: input.paymentMethod,
          currency: q.currency,
          marketId: q.marketId,
          subtotal: q.subtotal.amount,
          discount: q.orderDiscount.amount,
          shipping: q.selectedShipping.price.amount,
          tax: q.tax.total.amount,
          taxIncluded: q.tax.included,
          total: q.total.amount,
          couponCode,
          couponHeld: couponCode !== null,
          shippingMethodId: q.selectedShipping.methodId,
          deliveryWindow: q.selectedShipping.window,
          shippingAddress: input.address,
          billingAddress: input.billing,
          reservedUntil: card ? new Date(at.getTime() + reservationMinutes * 60_000) : null,
          // This request charges the card; a twin or a retry waits until the lease runs out.
          chargeLeaseUntil: card ? new Date(Date.now() + chargeLeaseSeconds * 1000) : null,
          chatAssisted: chatAssistance(input.cart, at),
        })
        .returning({ id: orders.id, number: orders.number });
      await tx.insert(orderLines).values(
        cart.lines.map((line) => {
          const priced = q.lines.find((l) => l.variantId === line.variantId)!;
          return {
            orderId: order!.id,
            variantId: line.variantId,
            productSlug: line.productSlug,
            productName: line.productName,
            options: line.options as Record<string, string>,
            image: line.image?.src ?? null,
            quantity: line.quantity,
            unitPrice: priced.unitPrice.amount,
            total: priced.total.amount,
          };
        }),
      );
      await tx.insert(payments).values({
        orderId: order!.id,
        provider: input.paymentMethod === "card" ? gateway.kind : input.paymentMethod,
        amount: q.total.amount,
        currency: q.currency,
        status: "pending",
      });
      if (!card) {
        await commitStock(tx, order!.id);
        await completeOrder(tx, order!.id);
      }
      return { orderId: order!.id, number: order!.number, total: q.total.amount, currency: q.currency };
    });
  } catch (error) {
    if (error instanceof Abort) return error.result.status === "processing" ? resumeOrWait(db, gateway, input, saved) : error.result;
    // A twin submit won the unique idempotency key: answer with its outcome.
    if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      return resumeOrWait(db, gateway, input, saved);
    }
    throw error;
  }

  if (input.paymentMethod !== "card") return { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: input.paymentMethod };

  return charge(db, gateway, placed, input, saved);
}

/**
 * One attempt by a shopper, counted per browser and IP; a card attempt is also weighed against the
 * declines of its browser, IP and card, so a card tester is stopped before the gateway is asked.
 * Counted once per idempotency key: the same submission sent again while the first is in flight (a
 * double click, a retried request) or corrected after a changed total is not a second attempt.
 */
async function enforceLimits(db: Executor, input: PlaceOrderInput, { ipKey }: { ipKey: string | null }, saved: SavedCard | null): Promise<PlaceOrderResult | null> {
  const declines = await declineSubjects(input, saved);
  const verdict = await consumeLimits(
    db,
    "placeOrder",
    { visitor: input.cart.visitorId, ip: ipKey },
    { now: input.at, once: input.idempotencyKey, checking: declines ? { action: "cardDecline", subjects: declines } : undefined },
  );
  if (verdict.ok) return null;
  return { status: "limited", reason: verdict.action === "cardDecline" ? "declines" : "attempts", retryAfterSeconds: verdict.retryAfterSeconds };
}

/**
 * Whom a shopper's card attempt answers to for declines: the browser, its IP and the card. A typed
 * card by a keyed fingerprint of its number, a saved card by its token; a new card on Stripe is
 * typed into Stripe's fields, unseen here, so it is weighed by browser and IP only.
 */
async function declineSubjects(input: PlaceOrderInput, saved: SavedCard | null): Promise<LimitSubjects<"cardDecline"> | null> {
  if (!input.limitedBy || input.paymentMethod !== "card") return null;
  const card = saved ? `saved:${saved.token}` : input.card ? await cardFingerprint(input.card.number) : null;
  return { visitor: input.cart.visitorId, ip: input.limitedBy.ipKey, card };
}

/** Counts a declined card for the next attempt's check; a fault on the gateway's side is no sign of card testing. */
async function countDecline(db: Executor, input: PlaceOrderInput, saved: SavedCard | null, code: PaymentFailureCode) {
  if (code === "processing_error") return;
  const subjects = await declineSubjects(input, saved);
  if (!subjects) return;
  // The decline itself is already recorded on the order; failing to count it must not hide it from the shopper.
  await countLimitHits(db, "cardDecline", subjects).catch((error: unknown) => console.error("[checkout] counting a card decline failed:", error));
}

/** The saved card to charge, only if it belongs to the signed-in account and to the gateway in use. */
async function savedCardOf(db: Executor, gateway: Gateway, input: PlaceOrderInput): Promise<SavedCard | null> {
  if (!input.cart.userId || !input.savedCardId) return null;
  const card = await findSavedCard(db, { userId: input.cart.userId, id: input.savedCardId });
  return card && card.provider === gateway.kind ? card : null;
}

/**
 * Charges a placed card order and applies the outcome. The gateway's idempotency key is the
 * order's, and the gateway is first asked what it already charged under it, so a request that
 * resumes after a crash finds the earlier charge instead of making a second one. A saved card is
 * just another source for the same charge, under the same key.
 */
async function charge(db: Executor, gateway: Gateway, placed: Placed, input: PlaceOrderInput, saved: SavedCard | null): Promise<PlaceOrderResult> {
  const idempotencyKey = `order-${placed.orderId}`;
  if (gateway.kind === "stripe") return chargeWithStripe(db, gateway, placed, input, saved);
  const charged =
    (await gateway.find?.(idempotencyKey)) ??
    (saved
      ? await gateway.charge({ amount: placed.total, currency: placed.currency, idempotencyKey, token: saved.token, description: `Order ${placed.number}` })
      : input.card
        ? await gateway.charge({ amount: placed.total, currency: placed.currency, idempotencyKey, card: input.card, description: `Order ${placed.number}` })
        : ({ status: "failed", paymentId: null, code: "incorrect_number" } as const));
  await applyPaymentOutcome(db, {
    orderId: placed.orderId,
    outcome:
      charged.status === "succeeded"
        ? { status: "succeeded", providerPaymentId: charged.paymentId, brand: charged.brand, last4: charged.last4 }
        : { status: "failed", providerPaymentId: charged.paymentId, code: charged.code },
  });
  if (charged.status !== "succeeded") {
    await countDecline(db, input, saved, charged.code);
    return { status: "payment_failed", number: placed.number, code: charged.code };
  }
  if (input.saveCard && !saved) await keepPaidCard(db, gateway, placed, input);
  return { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: "card" };
}

/**
 * Keeps the card that just paid, as the shopper asked. Only a card that paid is saved; the same key
 * per order makes a retry find the same token. A failure here never fails the order.
 */
async function keepPaidCard(db: Executor, gateway: PaymentGateway, placed: Placed, input: PlaceOrderInput) {
  if (!input.cart.userId || !input.card || !gateway.saveCard) return;
  try {
    const saved = await gateway.saveCard({ card: input.card, idempotencyKey: `save-order-${placed.orderId}` });
    if (saved.status !== "saved") return;
    const { token, brand, last4, expMonth, expYear } = saved;
    await keepSavedCard(db, { userId: input.cart.userId, provider: "test", token, brand, last4, expMonth, expYear });
  } catch (error) {
    console.error(`[checkout] keeping the card of order ${placed.number} failed:`, error);
  }
}

/**
 * Stripe: a new card becomes a PaymentIntent the browser confirms (for the account's Customer, with
 * setup_future_usage, when the shopper asked to save it; the webhook then keeps the card). A saved
 * card is charged and confirmed here; only a 3-D Secure challenge goes back to the browser.
 */
async function chargeWithStripe(db: Executor, gateway: IntentGateway, placed: Placed, input: PlaceOrderInput, saved: SavedCard | null): Promise<PlaceOrderResult> {
  const request = { amount: placed.total, currency: placed.currency, idempotencyKey: `order-${placed.orderId}`, orderId: placed.orderId, orderNumber: placed.number, email: input.email };
  const userId = input.cart.userId ?? null;
  const rememberIntent = (id: string) => db.update(payments).set({ providerPaymentId: id, updatedAt: new Date() }).where(eq(payments.orderId, placed.orderId));
  // The browser confirms from here; asking again (a reload, a retry) returns the same intent.
  const handOver = () => db.update(orders).set({ chargeLeaseUntil: null }).where(eq(orders.id, placed.orderId));

  if (saved && userId && gateway.chargeSavedCard) {
    const customerId = await stripeCustomerFor(db, gateway, { userId, email: input.email });
    const charged = await gateway.chargeSavedCard({ ...request, customerId, paymentMethodId: saved.token });
    if (charged.id) await rememberIntent(charged.id);
    switch (charged.status) {
      case "succeeded":
        await applyPaymentOutcome(db, { orderId: placed.orderId, outcome: { status: "succeeded", providerPaymentId: charged.id, brand: charged.brand, last4: charged.last4 } });
        return { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: "card" };
      case "failed":
        await applyPaymentOutcome(db, { orderId: placed.orderId, outcome: { status: "failed", providerPaymentId: charged.id, code: charged.code } });
        await countDecline(db, input, saved, charged.code);
        return { status: "payment_failed", number: placed.number, code: charged.code };
      case "requires_action":
        await handOver();
        return { status: "confirm_payment", orderId: placed.orderId, number: placed.number, clientSecret: charged.clientSecret, savedCard: true };
      case "processing":
        await handOver();
        return { status: "processing", number: placed.number };
    }
  }

  const saveFor = input.saveCard && userId ? { userId, customerId: await stripeCustomerFor(db, gateway, { userId, email: input.email }) } : null;
  const intent = await gateway.createIntent({ ...request, saveFor });
  await rememberIntent(intent.id);
  await handOver();
  return { status: "confirm_payment", orderId: placed.orderId, number: placed.number, clientSecret: intent.clientSecret };
}

/** F4: live help the buyer had in the day before ordering: a person's answer, else the bot's, else none. */
function chatAssistance({ visitorId, userId }: { visitorId: string; userId?: string | null }, at: Date) {
  return sql<"agent" | "bot" | null>`(select case when bool_or(m.author = 'agent') then 'agent' when bool_or(m.author = 'bot') then 'bot' end
    from chat_messages m join chat_conversations c on c.id = m.conversation_id
    where (c.visitor_id = ${visitorId} or c.user_id = ${userId ?? null}) and m.at > ${new Date(at.getTime() - 24 * 3_600_000).toISOString()}::timestamptz)`;
}
